import { gzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { createHeadlessLab } from '../../headless.ts';
import { trailBucketPolicy } from './createTrailPlan.ts';
import { readLogFile } from './readLogFile.ts';

const records = { Records: [{ eventName: 'GenerateDataKey', eventSource: 'kms.amazonaws.com' }] };

it('shows a gzipped CloudTrail log file as indented JSON', () => {
  const file = gzipSync(new TextEncoder().encode(JSON.stringify(records)));
  expect(readLogFile(file)).toBe(JSON.stringify(records, null, 2));
});

it('reads a log file that is not compressed, and says nothing for bytes that are not JSON', () => {
  expect(readLogFile(new TextEncoder().encode(JSON.stringify(records)))).toContain('"eventName": "GenerateDataKey"');
  expect(readLogFile(new TextEncoder().encode('not json'))).toBeUndefined();
});

it('reads a log file a trail delivered to S3, fetched with s3:GetObject as the console does', async () => {
  const { client } = await createHeadlessLab();
  const scope = { accountId: '111122223333', region: 'us-east-1' };
  await client.call('s3:CreateBucket', { Bucket: 'trail-logs' });
  await client.call('s3:PutBucketPolicy', { Bucket: 'trail-logs', Policy: trailBucketPolicy(scope, 'trail-logs', 'lab') });
  await client.call('cloudtrail:CreateTrail', { Name: 'lab', S3BucketName: 'trail-logs' });
  await client.call('cloudtrail:StartLogging', { Name: 'lab' });
  await client.call('kms:CreateKey', {});
  await client.advanceClock(60 * 60 * 1000);

  const listed = await client.call('s3:ListObjectsV2', { Bucket: 'trail-logs' });
  const key = listed.ok ? listed.value.Contents?.map((o) => o.Key ?? '').find((k) => k.endsWith('.json.gz')) : undefined;
  expect(key).toMatch(/^AWSLogs\/111122223333\/CloudTrail\/us-east-1\//);
  const got = await client.call('s3:GetObject', { Bucket: 'trail-logs', Key: key! });
  const body = got.ok ? got.value.Body : undefined;
  expect(readLogFile(body instanceof Uint8Array ? body : new Uint8Array())).toContain('"eventName": "CreateKey"');
});
