import { expect, it } from 'vitest';
import { publicAccessBlock } from './publicAccessBlock.ts';
import { checkAccount } from './testing/checkAccount.ts';

const OFF = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };

it('names the first setting still on for a new bucket, and passes once Block Public Access is off', async () => {
  const a = await checkAccount();
  expect((await a.check(publicAccessBlock({ bucket: 'web-bucket', ...OFF }))).words).toBe('Waiting for the S3 bucket web-bucket — none found.');
  await a.ok('s3:CreateBucket', { Bucket: 'web-bucket' });
  expect(await a.check(publicAccessBlock({ bucket: 'web-bucket', ...OFF }))).toMatchObject({ passed: false, words: 'BlockPublicAcls is still on for web-bucket.' });
  await a.ok('s3:PutPublicAccessBlock', { Bucket: 'web-bucket', PublicAccessBlockConfiguration: OFF });
  expect(await a.check(publicAccessBlock({ bucket: 'web-bucket', ...OFF }))).toMatchObject({ passed: true, words: 'Block Public Access on web-bucket is set as the lab asks.' });
});

it('asks for a setting to be turned back on, and counts a bucket with no configuration as blocking nothing', async () => {
  const a = await checkAccount();
  await a.ok('s3:CreateBucket', { Bucket: 'web-bucket' });
  await a.ok('s3:DeletePublicAccessBlock', { Bucket: 'web-bucket' });
  expect(await a.check(publicAccessBlock({ bucket: 'web-bucket', RestrictPublicBuckets: true })))
    .toMatchObject({ passed: false, words: 'RestrictPublicBuckets is off for web-bucket; it should be on.' });
  expect((await a.check(publicAccessBlock({ bucket: 'web-bucket', ...OFF }))).passed).toBe(true);
});
