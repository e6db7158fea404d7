/**
 * What the S3 console's "Open" and "Object URL" do in a browser tab, without the browser: the
 * tab's GET goes through the client's wire door (the same door the object-URL service worker
 * relays through), so S3 answers exactly as it would the tab — the object, AccessDenied, or
 * InvalidArgument for an SSE-KMS object requested without SigV4 — and the call is recorded.
 */
import type { EngineClient } from '../../client/engineClient.ts';
import { objectUrl, presignedObjectUrl } from '../../client/objectUrls/objectUrl.ts';
import { BROWSER_SOURCE_IP } from '../../client/objectUrls/wireRequestOfRelay.ts';
import { OBJECT_URL_PREFIX, S3_WIRE_HOST } from '../../shared/objectUrlRelay.ts';

export type OpenedObject = { readonly status: number; readonly body: string };

export async function openObject(client: EngineClient, bucket: string, key: string, via: 'open' | 'objectUrl', as: string): Promise<OpenedObject> {
  let url = objectUrl('', bucket, key);
  if (via === 'open') {
    // The console's Open: a short-lived presigned URL signed with the signed-in principal's console credentials.
    const signed = await presignedObjectUrl(client, { origin: '', bucket, key, expiresIn: 300, as });
    if (!signed.ok) return { status: signed.error.httpStatus, body: signed.error.message };
    url = signed.value;
  }
  const [path = '', rawQuery = ''] = url.slice(OBJECT_URL_PREFIX.length).split('?');
  const response = await client.handleWire({
    method: 'GET', path, rawQuery, headers: { host: S3_WIRE_HOST, 'user-agent': 'Mozilla/5.0 (kms-lab runner)' }, body: new Uint8Array(), sourceIp: BROWSER_SOURCE_IP, secureTransport: true,
  });
  return { status: response.status, body: new TextDecoder().decode(response.body) };
}
