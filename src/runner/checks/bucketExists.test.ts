import { expect, it } from 'vitest';
import { bucketExists } from './bucketExists.ts';
import { checkAccount } from './testing/checkAccount.ts';

it('waits for a bucket by name or by prefix, and names the one it found', async () => {
  const a = await checkAccount();
  expect(await a.check(bucketExists({ bucket: 'sse-s3-bucket*' }))).toMatchObject({ passed: false, words: 'Waiting for the S3 bucket sse-s3-bucket* — none found.' });
  await a.ok('s3:CreateBucket', { Bucket: 'sse-s3-bucket-42' });
  expect(await a.check(bucketExists({ bucket: 'sse-s3-bucket*' }))).toMatchObject({ passed: true, words: 'Found bucket sse-s3-bucket-42.' });
  expect((await a.check(bucketExists({ bucket: 'sse-s3-bucket-4' }))).passed).toBe(false);
});

it('treats a bucket with no encryption rule as SSE-S3 and says which default encryption it has instead', async () => {
  const a = await checkAccount();
  await a.ok('s3:CreateBucket', { Bucket: 'plain-bucket' });
  expect((await a.check(bucketExists({ bucket: 'plain-bucket', defaultEncryption: 'AES256' }))).passed).toBe(true);
  expect(await a.check(bucketExists({ bucket: 'plain-bucket', defaultEncryption: 'aws:kms' })))
    .toMatchObject({ passed: false, words: 'Bucket plain-bucket encrypts new objects with AES256 by default, not aws:kms.' });
  const { KeyMetadata } = await a.ok('kms:CreateKey', {}) as { KeyMetadata: { Arn: string } };
  await a.ok('s3:PutBucketEncryption', { Bucket: 'plain-bucket', ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KeyMetadata.Arn } }] } });
  expect((await a.check(bucketExists({ bucket: 'plain-bucket', defaultEncryption: 'aws:kms' }))).passed).toBe(true);
});
