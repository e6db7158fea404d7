/** The browser's request, as the worker hands it to the lab tab: path after the prefix, raw query, headers, body. */
import { OBJECT_URL_PREFIX, type RelayRequest } from '../shared/objectUrlRelay.ts';

export const isObjectUrl = (url: URL, origin: string): boolean =>
  url.origin === origin && url.pathname.startsWith(`${OBJECT_URL_PREFIX}/`);

export async function relayRequestOf(request: Request): Promise<RelayRequest> {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return {
    type: 'kms-lab/s3-request',
    method: request.method,
    path: url.pathname.slice(OBJECT_URL_PREFIX.length),
    // Kept as sent: a presigned signature covers the query exactly as it was encoded.
    rawQuery: url.search.slice(1),
    headers,
    body: hasBody ? await request.arrayBuffer() : new ArrayBuffer(0),
  };
}
