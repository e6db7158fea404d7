/**
 * Object URLs end to end, minus the browser's messaging: a URL made by the console helpers is
 * fetched as a browser tab would (the worker's relayRequestOf), answered by the engine in the
 * lab tab (answerRelay), and handed back as the worker's sandboxed Response.
 */
import { describe, expect, it } from 'vitest';
import { createAccount, learnerRoleArn, randomIds, systemClock } from '../../engine/index.ts';
import { relayRequestOf } from '../../serviceWorker/relayRequestOf.ts';
import { sandboxedResponse } from '../../serviceWorker/sandboxedResponse.ts';
import { createInProcessClient, type EngineClient } from '../engineClient.ts';
import { objectUrl, presignedObjectUrl } from './objectUrl.ts';
import { answerRelay } from './serveObjectUrls.ts';

const ORIGIN = 'http://127.0.0.1:4173';
const ADMIN = 'arn:aws:iam::111122223333:user/Admin';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const SSE_KMS_V4 = '<Code>InvalidArgument</Code><Message>Requests specifying Server Side Encryption with AWS KMS managed keys require AWS Signature Version 4.</Message><ArgumentName>Authorization</ArgumentName><ArgumentValue>null</ArgumentValue>';

async function labWithImages() {
  const account = await createAccount({ clock: systemClock, ids: randomIds(globalThis.crypto), crypto: globalThis.crypto });
  const client = createInProcessClient(account, ADMIN);
  const must = async (result: Promise<{ ok: boolean }>) => expect((await result).ok).toBe(true);
  await must(client.call('s3:CreateBucket', { Bucket: 'lab-images' }));
  await must(client.call('s3:PutObject', { Bucket: 'lab-images', Key: 'kms/cat.png', Body: PNG, ContentType: 'image/png', ServerSideEncryption: 'aws:kms' }));
  await must(client.call('s3:PutObject', { Bucket: 'lab-images', Key: 's3/cat.png', Body: PNG, ContentType: 'image/png' }));
  await must(client.call('s3:PutObject', { Bucket: 'lab-images', Key: 'page.html', Body: new TextEncoder().encode('<script>document.title="pwned"</script>'), ContentType: 'text/html' }));
  return { account, client };
}

async function makePublic(client: EngineClient, ...keys: string[]) {
  await client.call('s3:DeletePublicAccessBlock', { Bucket: 'lab-images' });
  await client.call('s3:PutBucketOwnershipControls', { Bucket: 'lab-images', OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } });
  for (const key of keys) expect((await client.call('s3:PutObjectAcl', { Bucket: 'lab-images', Key: key, ACL: 'public-read' })).ok).toBe(true);
}

/** What a browser tab opening `url` gets. */
async function open(client: EngineClient, url: string, method = 'GET') {
  const relayed = await answerRelay(client, await relayRequestOf(new Request(url, { method })), 'Mozilla/5.0 (lab test)');
  if (!relayed) throw new Error('not relayed');
  const response = sandboxedResponse(relayed, method);
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('object URLs in the browser', () => {
  it('open an SSE-KMS object through a presigned SigV4 URL signed as the Admin user', async () => {
    const { client } = await labWithImages();
    const url = await presignedObjectUrl(client, { origin: ORIGIN, bucket: 'lab-images', key: 'kms/cat.png', expiresIn: 300, as: ADMIN });
    if (!url.ok) throw new Error(url.error.message);
    expect(url.value).toMatch(/^http:\/\/127\.0\.0\.1:4173\/s3-objects\/lab-images\/kms\/cat\.png\?.*X-Amz-Algorithm=AWS4-HMAC-SHA256.*X-Amz-Credential=AKIAIOSFODNN7EXAMPLE/);
    const got = await open(client, url.value);
    expect({ status: got.status, type: got.headers.get('content-type'), sse: got.headers.get('x-amz-server-side-encryption') }).toEqual({ status: 200, type: 'image/png', sse: 'aws:kms' });
    expect(got.bytes).toEqual(PNG);
  });

  it('sign as the learner role with its console session, which the next Open reuses', async () => {
    const { account, client } = await labWithImages();
    const as = learnerRoleArn(account);
    const first = await presignedObjectUrl(client, { origin: ORIGIN, bucket: 'lab-images', key: 'kms/cat.png', expiresIn: 300, as });
    const second = await presignedObjectUrl(client, { origin: ORIGIN, bucket: 'lab-images', key: 's3/cat.png', expiresIn: 300, as });
    if (!first.ok || !second.ok) throw new Error('presign failed');
    expect(first.value).toMatch(/X-Amz-Credential=ASIA.*X-Amz-Security-Token=/);
    const credential = (url: string) => new URL(url).searchParams.get('X-Amz-Credential')?.split('/')[0];
    expect(credential(second.value)).toBe(credential(first.value));
    expect((await open(client, first.value)).status).toBe(200);
  });

  it('answer a presigned URL past its expiry on the simulated clock with Request has expired', async () => {
    const { client } = await labWithImages();
    const url = await presignedObjectUrl(client, { origin: ORIGIN, bucket: 'lab-images', key: 's3/cat.png', expiresIn: 60, as: ADMIN });
    if (!url.ok) throw new Error(url.error.message);
    await client.advanceClock(61_000);
    const got = await open(client, url.value);
    expect(got.status).toBe(403);
    expect(text(got.bytes)).toContain('<Code>AccessDenied</Code><Message>Request has expired</Message>');
  });

  it('deny the plain object URL while the object is private', async () => {
    const { client } = await labWithImages();
    const got = await open(client, objectUrl(ORIGIN, 'lab-images', 'kms/cat.png'));
    expect({ status: got.status, type: got.headers.get('content-type') }).toEqual({ status: 403, type: 'application/xml' });
    expect(text(got.bytes)).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<Error><Code>AccessDenied<\/Code><Message>Access Denied<\/Message>/);
  });

  it('answer the public SSE-KMS object with the SigV4 InvalidArgument and return the public SSE-S3 one', async () => {
    const { client } = await labWithImages();
    await makePublic(client, 'kms/cat.png', 's3/cat.png');
    const kms = await open(client, objectUrl(ORIGIN, 'lab-images', 'kms/cat.png'));
    expect(kms.status).toBe(400);
    expect(text(kms.bytes)).toContain(SSE_KMS_V4);
    const s3 = await open(client, objectUrl(ORIGIN, 'lab-images', 's3/cat.png'));
    expect({ status: s3.status, bytes: s3.bytes }).toEqual({ status: 200, bytes: PNG });
  });

  it('serve every answer sandboxed and unsniffed, so an uploaded page never runs as the lab', async () => {
    const { client } = await labWithImages();
    await makePublic(client, 'page.html');
    for (const url of [objectUrl(ORIGIN, 'lab-images', 'page.html'), objectUrl(ORIGIN, 'lab-images', 'kms/cat.png')]) {
      const got = await open(client, url);
      expect([got.headers.get('content-security-policy'), got.headers.get('x-content-type-options')]).toEqual(['sandbox', 'nosniff']);
    }
    expect((await open(client, objectUrl(ORIGIN, 'lab-images', 'page.html'))).headers.get('content-type')).toBe('text/html');
  });

  it('answer HEAD with the headers and no body', async () => {
    const { client } = await labWithImages();
    await makePublic(client, 's3/cat.png');
    const got = await open(client, objectUrl(ORIGIN, 'lab-images', 's3/cat.png'), 'HEAD');
    expect({ status: got.status, length: got.bytes.length, type: got.headers.get('content-type') }).toEqual({ status: 200, length: 0, type: 'image/png' });
  });

  it('keep a key with spaces and unicode addressable', async () => {
    const { client } = await labWithImages();
    await client.call('s3:PutObject', { Bucket: 'lab-images', Key: 'photos/猫 1+1.png', Body: PNG, ContentType: 'image/png' });
    const url = await presignedObjectUrl(client, { origin: ORIGIN, bucket: 'lab-images', key: 'photos/猫 1+1.png', expiresIn: 60, as: ADMIN });
    if (!url.ok) throw new Error(url.error.message);
    expect((await open(client, url.value)).bytes).toEqual(PNG);
    await makePublic(client, 'photos/猫 1+1.png');
    expect((await open(client, objectUrl(ORIGIN, 'lab-images', 'photos/猫 1+1.png'))).status).toBe(200);
  });

  it('refuse to presign as a user with no access key', async () => {
    const { client } = await labWithImages();
    await client.call('iam:CreateUser', { UserName: 'reader' });
    const url = await presignedObjectUrl(client, { origin: ORIGIN, bucket: 'lab-images', key: 's3/cat.png', expiresIn: 60, as: 'arn:aws:iam::111122223333:user/reader' });
    expect(url.ok ? undefined : url.error.code).toBe('NoConsoleCredentials');
  });
});
