/**
 * The real @aws-sdk/client-s3 against the engine in process: buckets, objects, SSE-KMS
 * envelope encryption through KMS, presigned URLs and anonymous reads, as a learner's code
 * written against AWS would see them.
 */
import {
  CreateBucketCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException,
  PutBucketEncryptionCommand, GetBucketEncryptionCommand, DeleteObjectCommand, NoSuchKey,
} from '@aws-sdk/client-s3';
import { CreateKeyCommand, DisableKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSdkRequestHandler } from '../client/sdkRequestHandler.ts';
import { advanceClock, createAccount, handleHttp, randomIds, systemClock, type Account } from '../engine/index.ts';
import { ADMIN, REGION, rejection } from './kmsTransports.ts';

const text = (s: string) => new TextEncoder().encode(s);

describe('S3 through the real @aws-sdk/client-s3 in process', () => {
  let account: Account;
  let s3: S3Client;
  let kms: KMSClient;
  beforeEach(async () => {
    account = await createAccount({ clock: systemClock, ids: randomIds(globalThis.crypto), crypto: globalThis.crypto });
    const requestHandler = createSdkRequestHandler(account);
    s3 = new S3Client({ region: REGION, credentials: ADMIN, requestHandler, maxAttempts: 1 });
    kms = new KMSClient({ region: REGION, credentials: ADMIN, requestHandler, maxAttempts: 1 });
    await s3.send(new CreateBucketCommand({ Bucket: 'lab-bucket' }));
  });

  it('stores and returns an object with its content type, metadata and MD5 ETag under SSE-S3', async () => {
    const put = await s3.send(new PutObjectCommand({ Bucket: 'lab-bucket', Key: 'dir/hello.txt', Body: 'hello', ContentType: 'text/plain', Metadata: { team: 'blue' } }));
    expect(put.ETag).toBe('"5d41402abc4b2a76b9719d911017c592"');
    expect(put.ServerSideEncryption).toBe('AES256');
    const got = await s3.send(new GetObjectCommand({ Bucket: 'lab-bucket', Key: 'dir/hello.txt' }));
    expect(await got.Body?.transformToString()).toBe('hello');
    expect({ type: got.ContentType, meta: got.Metadata, length: got.ContentLength, sse: got.ServerSideEncryption }).toEqual({ type: 'text/plain', meta: { team: 'blue' }, length: 5, sse: 'AES256' });
  });

  it('keeps the bytes at rest as ciphertext', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'lab-bucket', Key: 'secret.txt', Body: 'top secret words' }));
    const stored = account.state.s3.buckets['lab-bucket']?.objects['secret.txt']?.sealed ?? '';
    expect(atob(stored)).not.toContain('top secret');
  });

  it('round-trips SSE-KMS through GenerateDataKey and Decrypt, reporting the key ARN and the bucket key', async () => {
    const keyArn = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!.Arn!;
    const keyId = keyArn.split('/')[1]!;
    const put = await s3.send(new PutObjectCommand({ Bucket: 'lab-bucket', Key: 'k.txt', Body: text('kms data'), ServerSideEncryption: 'aws:kms', SSEKMSKeyId: keyId, BucketKeyEnabled: true }));
    expect({ sse: put.ServerSideEncryption, key: put.SSEKMSKeyId, bucketKey: put.BucketKeyEnabled }).toEqual({ sse: 'aws:kms', key: keyArn, bucketKey: true });
    expect(put.ETag).not.toBe('"1b9a8b8d0d0b0b0d0b0b0b0b0b0b0b0b"');
    const got = await s3.send(new GetObjectCommand({ Bucket: 'lab-bucket', Key: 'k.txt' }));
    expect(await got.Body?.transformToString()).toBe('kms data');
    expect({ sse: got.ServerSideEncryption, key: got.SSEKMSKeyId, bucketKey: got.BucketKeyEnabled }).toEqual({ sse: 'aws:kms', key: keyArn, bucketKey: true });
    const kmsEvents = account.state.cloudtrail.events.filter((e) => e.eventSource === 'kms.amazonaws.com').map((e) => e.eventName);
    expect(kmsEvents).toEqual(expect.arrayContaining(['GenerateDataKey', 'Decrypt']));
  });

  it('uses the bucket default SSE-KMS key and fails with KMS.DisabledException once the key is disabled', async () => {
    const keyArn = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!.Arn!;
    await s3.send(new PutBucketEncryptionCommand({ Bucket: 'lab-bucket', ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn }, BucketKeyEnabled: true }] } }));
    const rule = (await s3.send(new GetBucketEncryptionCommand({ Bucket: 'lab-bucket' }))).ServerSideEncryptionConfiguration?.Rules?.[0];
    expect(rule).toEqual({ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn }, BucketKeyEnabled: true });
    await s3.send(new PutObjectCommand({ Bucket: 'lab-bucket', Key: 'by-default.txt', Body: 'x' }));
    await kms.send(new DisableKeyCommand({ KeyId: keyArn }));
    const error = await rejection(s3.send(new GetObjectCommand({ Bucket: 'lab-bucket', Key: 'by-default.txt' })));
    expect(error).toBeInstanceOf(S3ServiceException);
    expect({ name: error.name, message: error.message, status: error.$metadata.httpStatusCode }).toEqual({ name: 'KMS.DisabledException', message: `${keyArn} is disabled.`, status: 400 });
  });

  it('raises NoSuchKey for a missing key and NotFound for HEAD of one', async () => {
    expect(await rejection(s3.send(new GetObjectCommand({ Bucket: 'lab-bucket', Key: 'nope' })))).toBeInstanceOf(NoSuchKey);
    expect((await rejection(s3.send(new HeadObjectCommand({ Bucket: 'lab-bucket', Key: 'nope' })))).name).toBe('NotFound');
  });

  it('lists with a prefix, a delimiter and pages', async () => {
    for (const key of ['a/1', 'a/2', 'b/1', 'c']) await s3.send(new PutObjectCommand({ Bucket: 'lab-bucket', Key: key, Body: key }));
    const rolled = await s3.send(new ListObjectsV2Command({ Bucket: 'lab-bucket', Delimiter: '/' }));
    expect({ prefixes: rolled.CommonPrefixes?.map((p) => p.Prefix), keys: rolled.Contents?.map((c) => c.Key), count: rolled.KeyCount }).toEqual({ prefixes: ['a/', 'b/'], keys: ['c'], count: 3 });
    const first = await s3.send(new ListObjectsV2Command({ Bucket: 'lab-bucket', MaxKeys: 2 }));
    expect({ keys: first.Contents?.map((c) => c.Key), truncated: first.IsTruncated }).toEqual({ keys: ['a/1', 'a/2'], truncated: true });
    const second = await s3.send(new ListObjectsV2Command({ Bucket: 'lab-bucket', MaxKeys: 2, ContinuationToken: first.NextContinuationToken }));
    expect(second.Contents?.map((c) => c.Key)).toEqual(['b/1', 'c']);
    await s3.send(new DeleteObjectCommand({ Bucket: 'lab-bucket', Key: 'c' }));
  });

  it('serves a presigned SigV4 GET until it expires on the simulated clock', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'lab-bucket', Key: 'p.txt', Body: 'presigned' }));
    const url = new URL(await getSignedUrl(s3, new GetObjectCommand({ Bucket: 'lab-bucket', Key: 'p.txt' }), { expiresIn: 60 }));
    const request = { method: 'GET', path: url.pathname, rawQuery: url.search.slice(1), headers: { host: url.host }, body: new Uint8Array(), sourceIp: '127.0.0.1', secureTransport: true };
    const ok = await handleHttp(account, request);
    expect({ status: ok.status, body: new TextDecoder().decode(ok.body) }).toEqual({ status: 200, body: 'presigned' });
    await advanceClock(account, 61_000);
    const expired = await handleHttp(account, request);
    expect(expired.status).toBe(403);
    expect(new TextDecoder().decode(expired.body)).toMatch(/<Code>AccessDenied<\/Code><Message>Request has expired<\/Message><X-Amz-Expires>60<\/X-Amz-Expires>/);
  });
});
