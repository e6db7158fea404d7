/**
 * A bucket for a trail's logs in engine tests, made as the console's "Create trail" with a new
 * bucket makes it: CreateBucket, then AWS's documented CloudTrail bucket policy for the trail.
 * And the log files a trail delivered there, read back through S3 as the Admin user.
 */
import { gunzipSync } from 'fflate';
import type { TestAccount } from '../../testing/testAccount.ts';
import { cloudTrailBucketPolicy } from '../cloudTrailPolicies.ts';
import type { CloudTrailRecord } from '../state.ts';

export async function createLogBucket(t: TestAccount, bucket: string, trail: { name?: string; prefix?: string } = {}): Promise<void> {
  await t.ok('s3:CreateBucket', { Bucket: bucket });
  const { accountId, region } = t.account.facts;
  const policy = cloudTrailBucketPolicy({ bucket, accountId, region, trailName: trail.name ?? 'lab-trail', ...(trail.prefix ? { prefix: trail.prefix } : {}) });
  await t.ok('s3:PutBucketPolicy', { Bucket: bucket, Policy: policy });
}

export type DeliveredLogFile = { readonly key: string; readonly gzip: Uint8Array; readonly records: CloudTrailRecord[] };

export async function deliveredLogFiles(t: TestAccount, bucket: string): Promise<DeliveredLogFile[]> {
  const { Contents = [] } = await t.ok('s3:ListObjectsV2', { Bucket: bucket });
  const files: DeliveredLogFile[] = [];
  for (const { Key } of Contents) {
    const { Body } = await t.ok('s3:GetObject', { Bucket: bucket, Key: Key! });
    const gzip = Body as Uint8Array;
    files.push({ key: Key!, gzip, records: (JSON.parse(new TextDecoder().decode(gunzipSync(gzip))) as { Records: CloudTrailRecord[] }).Records });
  }
  return files;
}
