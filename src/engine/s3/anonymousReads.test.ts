/**
 * The public-URL lesson on the wire: an anonymous GET of a public SSE-S3 object returns it;
 * of an SSE-KMS object, S3's SigV4 InvalidArgument — even when public; of a private one,
 * AccessDenied. Requests go through handleHttp exactly as a browser tab would send them.
 */
import { describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '../../shared/bytes.ts';
import { handleHttp } from '../protocol/handleHttp.ts';
import { testAccount } from '../testing/testAccount.ts';

const anonymousGet = (host: string, path: string) =>
  ({ method: 'GET', path, rawQuery: '', headers: { host }, body: new Uint8Array(), sourceIp: '203.0.113.9', secureTransport: true });

async function labWithPublicBucket() {
  const t = await testAccount();
  await t.ok('s3:CreateBucket', { Bucket: 'lab-public' });
  await t.ok('s3:DeletePublicAccessBlock', { Bucket: 'lab-public' });
  await t.ok('s3:PutBucketPolicy', {
    Bucket: 'lab-public',
    Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::lab-public/*' }] }),
  });
  const { KeyMetadata } = await t.ok('kms:CreateKey', {});
  await t.ok('s3:PutObject', { Bucket: 'lab-public', Key: 'sse-s3.txt', Body: utf8('hello, world'), ContentType: 'text/plain' });
  await t.ok('s3:PutObject', { Bucket: 'lab-public', Key: 'sse-kms.txt', Body: utf8('secret'), ServerSideEncryption: 'aws:kms', SSEKMSKeyId: KeyMetadata.KeyId });
  return t;
}

describe('anonymous object URLs', () => {
  it('return a public SSE-S3 object', async () => {
    const t = await labWithPublicBucket();
    const response = await handleHttp(t.account, anonymousGet('lab-public.s3.us-east-1.amazonaws.com', '/sse-s3.txt'));
    expect({ status: response.status, type: response.headers['content-type'], body: fromUtf8(response.body) }).toEqual({ status: 200, type: 'text/plain', body: 'hello, world' });
  });

  it('answer a public SSE-KMS object with the SigV4 InvalidArgument, never calling KMS', async () => {
    const t = await labWithPublicBucket();
    const kmsCallsBefore = t.account.state.cloudtrail.events.filter((e) => e.eventSource === 'kms.amazonaws.com').length;
    const response = await handleHttp(t.account, anonymousGet('127.0.0.1:4566', '/lab-public/sse-kms.txt'));
    expect(response.status).toBe(400);
    expect(fromUtf8(response.body)).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<Error><Code>InvalidArgument<\/Code><Message>Requests specifying Server Side Encryption with AWS KMS managed keys require AWS Signature Version 4.<\/Message><ArgumentName>Authorization<\/ArgumentName><ArgumentValue>null<\/ArgumentValue><RequestId>[0-9A-F]{16}<\/RequestId><HostId>[^<]+<\/HostId><\/Error>$/);
    expect(response.headers['x-amz-request-id']).toMatch(/^[0-9A-F]{16}$/);
    expect(t.account.state.cloudtrail.events.filter((e) => e.eventSource === 'kms.amazonaws.com')).toHaveLength(kmsCallsBefore);
  });

  it('are denied for objects nobody made public, and for buckets that still block public access', async () => {
    const t = await labWithPublicBucket();
    await t.ok('s3:CreateBucket', { Bucket: 'lab-private' });
    await t.ok('s3:PutObject', { Bucket: 'lab-private', Key: 'a.txt', Body: utf8('a') });
    const response = await handleHttp(t.account, anonymousGet('lab-private.s3.amazonaws.com', '/a.txt'));
    expect(response.status).toBe(403);
    expect(fromUtf8(response.body)).toContain('<Code>AccessDenied</Code><Message>Access Denied</Message>');
    await t.ok('s3:PutPublicAccessBlock', { Bucket: 'lab-public', PublicAccessBlockConfiguration: { RestrictPublicBuckets: true } });
    expect((await handleHttp(t.account, anonymousGet('lab-public.localhost:4566', '/sse-s3.txt'))).status).toBe(403);
  });

  it('refuse a public bucket policy while Block Public Access is on, as new buckets have it', async () => {
    const t = await testAccount();
    await t.ok('s3:CreateBucket', { Bucket: 'lab-blocked' });
    const policy = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::lab-blocked/*' }] });
    await t.fails('s3:PutBucketPolicy', { Bucket: 'lab-blocked', Policy: policy }, 'AccessDenied', 'Access Denied');
  });

  it('refuse ACLs while Object Ownership is BucketOwnerEnforced, and accept them once enabled', async () => {
    const t = await testAccount();
    await t.ok('s3:CreateBucket', { Bucket: 'lab-acl' });
    await t.fails('s3:PutBucketAcl', { Bucket: 'lab-acl', ACL: 'public-read' }, 'AccessControlListNotSupported', 'The bucket does not allow ACLs');
    await t.ok('s3:PutBucketOwnershipControls', { Bucket: 'lab-acl', OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } });
    await t.fails('s3:PutBucketAcl', { Bucket: 'lab-acl', ACL: 'public-read' }, 'AccessDenied');
    await t.ok('s3:DeletePublicAccessBlock', { Bucket: 'lab-acl' });
    await t.ok('s3:PutObject', { Bucket: 'lab-acl', Key: 'pic.png', Body: utf8('png'), ACL: 'public-read' });
    expect((await handleHttp(t.account, anonymousGet('lab-acl.s3.amazonaws.com', '/pic.png'))).status).toBe(200);
  });

  it('answer HEAD errors with a status and no body', async () => {
    const t = await labWithPublicBucket();
    const response = await handleHttp(t.account, { ...anonymousGet('lab-public.s3.amazonaws.com', '/sse-kms.txt'), method: 'HEAD' });
    expect({ status: response.status, length: response.body.length }).toEqual({ status: 400, length: 0 });
  });
});
