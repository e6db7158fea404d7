import { expect, it } from 'vitest';
import { utf8 } from '../../shared/bytes.ts';
import { objectEncryptedWith } from './objectEncryptedWith.ts';
import { checkAccount } from './testing/checkAccount.ts';

it('waits for the bucket, the object and the key in turn, in words', async () => {
  const a = await checkAccount();
  const check = objectEncryptedWith({ bucket: 'data-bucket', key: 'a.txt', algorithm: 'aws:kms', alias: 'alias/dataKey' });
  expect((await a.check(check)).words).toBe('Waiting for the S3 bucket data-bucket — none found.');
  await a.ok('s3:CreateBucket', { Bucket: 'data-bucket' });
  expect((await a.check(check)).words).toBe('Waiting for the object a.txt in data-bucket — not there yet.');
  expect((await a.check(objectEncryptedWith({ bucket: 'data-bucket', algorithm: 'AES256' }))).words).toBe('Waiting for an object uploaded to data-bucket — none yet.');
  await a.ok('s3:PutObject', { Bucket: 'data-bucket', Key: 'a.txt', Body: utf8('a') });
  expect((await a.check(check)).words).toBe('Waiting for a key with alias alias/dataKey — none found.');
});

it('says how the object is encrypted when it is not what the lab asks, and passes once it is', async () => {
  const a = await checkAccount();
  await a.ok('s3:CreateBucket', { Bucket: 'data-bucket' });
  await a.ok('s3:PutObject', { Bucket: 'data-bucket', Key: 'a.txt', Body: utf8('a') });
  expect(await a.check(objectEncryptedWith({ bucket: 'data-bucket', key: 'a.txt', algorithm: 'AES256' }))).toMatchObject({ passed: true, words: 'a.txt in data-bucket is encrypted with AES256.' });
  const { KeyMetadata } = await a.ok('kms:CreateKey', {}) as { KeyMetadata: { KeyId: string; Arn: string } };
  await a.ok('kms:CreateAlias', { AliasName: 'alias/dataKey', TargetKeyId: KeyMetadata.KeyId });
  const check = objectEncryptedWith({ bucket: 'data-bucket', key: 'a.txt', algorithm: 'aws:kms', alias: 'alias/dataKey' });
  expect(await a.check(check)).toMatchObject({ passed: false, words: 'a.txt in data-bucket is encrypted with AES256, not aws:kms (alias/dataKey).' });
  await a.ok('s3:PutObject', { Bucket: 'data-bucket', Key: 'a.txt', Body: utf8('a'), ServerSideEncryption: 'aws:kms', SSEKMSKeyId: KeyMetadata.Arn });
  expect(await a.check(check)).toMatchObject({ passed: true, words: 'a.txt in data-bucket is encrypted with aws:kms.' });
});
