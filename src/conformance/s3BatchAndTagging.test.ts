/**
 * DeleteObjects, ListObjects (v1), ListMultipartUploads and tagging through the real
 * @aws-sdk/client-s3 in process: the XML bodies and answers as the SDK writes and reads them.
 */
import {
  CreateBucketCommand, CreateMultipartUploadCommand, DeleteObjectsCommand, GetBucketTaggingCommand, GetObjectTaggingCommand, ListMultipartUploadsCommand,
  ListObjectsCommand, PutBucketTaggingCommand, PutObjectCommand, PutObjectTaggingCommand, S3Client,
} from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSdkRequestHandler } from '../client/sdkRequestHandler.ts';
import { createAccount, randomIds, systemClock } from '../engine/index.ts';
import { ADMIN, REGION, rejection } from './kmsTransports.ts';

describe('S3 batch delete, v1 listing, uploads and tags through the real SDK', () => {
  let s3: S3Client;
  beforeEach(async () => {
    const account = await createAccount({ clock: systemClock, ids: randomIds(globalThis.crypto), crypto: globalThis.crypto });
    s3 = new S3Client({ region: REGION, credentials: ADMIN, requestHandler: createSdkRequestHandler(account), maxAttempts: 1 });
    await s3.send(new CreateBucketCommand({ Bucket: 'lab-bucket' }));
    for (const key of ['a/1.txt', 'a/2.txt', 'b.txt']) await s3.send(new PutObjectCommand({ Bucket: 'lab-bucket', Key: key, Body: key }));
  });

  it('DeleteObjects deletes a batch and reports per-key results', async () => {
    const result = await s3.send(new DeleteObjectsCommand({ Bucket: 'lab-bucket', Delete: { Objects: [{ Key: 'a/1.txt' }, { Key: 'b.txt', VersionId: 'bogus' }] } }));
    expect(result.Deleted).toEqual([{ Key: 'a/1.txt' }]);
    expect(result.Errors).toEqual([{ Key: 'b.txt', VersionId: 'bogus', Code: 'InvalidArgument', Message: 'Invalid version id specified' }]);
    const left = await s3.send(new ListObjectsCommand({ Bucket: 'lab-bucket' }));
    expect(left.Contents?.map((c) => c.Key)).toEqual(['a/2.txt', 'b.txt']);
  });

  it('ListObjects pages by Marker with NextMarker under a delimiter', async () => {
    const page = await s3.send(new ListObjectsCommand({ Bucket: 'lab-bucket', Delimiter: '/', MaxKeys: 1 }));
    expect({ prefixes: page.CommonPrefixes, truncated: page.IsTruncated, next: page.NextMarker, marker: page.Marker }).toEqual({ prefixes: [{ Prefix: 'a/' }], truncated: true, next: 'a/', marker: '' });
  });

  it('ListMultipartUploads shows an upload begun and not finished', async () => {
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: 'lab-bucket', Key: 'big.bin' }));
    const listed = await s3.send(new ListMultipartUploadsCommand({ Bucket: 'lab-bucket' }));
    expect(listed.Uploads?.map((u) => [u.Key, u.UploadId])).toEqual([['big.bin', UploadId]]);
    expect(listed.Uploads?.[0]?.Initiated).toBeInstanceOf(Date);
  });

  it('object and bucket tags round-trip, and an untagged bucket is NoSuchTagSet', async () => {
    await s3.send(new PutObjectTaggingCommand({ Bucket: 'lab-bucket', Key: 'b.txt', Tagging: { TagSet: [{ Key: 'team', Value: 'blue' }] } }));
    expect((await s3.send(new GetObjectTaggingCommand({ Bucket: 'lab-bucket', Key: 'b.txt' }))).TagSet).toEqual([{ Key: 'team', Value: 'blue' }]);
    const error = await rejection(s3.send(new GetBucketTaggingCommand({ Bucket: 'lab-bucket' })));
    expect({ name: error.name, message: error.message, status: error.$metadata.httpStatusCode }).toEqual({ name: 'NoSuchTagSet', message: 'The TagSet does not exist', status: 404 });
    await s3.send(new PutBucketTaggingCommand({ Bucket: 'lab-bucket', Tagging: { TagSet: [{ Key: 'env', Value: 'lab' }] } }));
    expect((await s3.send(new GetBucketTaggingCommand({ Bucket: 'lab-bucket' }))).TagSet).toEqual([{ Key: 'env', Value: 'lab' }]);
  });
});
