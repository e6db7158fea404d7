/**
 * A bucket for a trail's logs in engine tests: made through S3's CreateBucket once S3 is in
 * the operation table; before that, the bucket CreateTrail checks for is put in S3's state.
 */
import { dispatch } from '../../dispatch.ts';
import { isOperationId } from '../../operations.ts';
import type { TestAccount } from '../../testing/testAccount.ts';

export async function createLogBucket(t: TestAccount, bucket: string): Promise<void> {
  if (isOperationId('s3:CreateBucket')) {
    const outcome = await dispatch(t.account, { action: 's3:CreateBucket', input: { Bucket: bucket }, caller: { kind: 'accessKey', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' } });
    if (!outcome.ok) throw new Error(`CreateBucket failed: ${outcome.error.code}`);
    return;
  }
  const s3 = (t.account.state as { s3?: { buckets?: Record<string, unknown> } }).s3;
  if (s3?.buckets) s3.buckets[bucket] = { name: bucket, region: t.account.facts.region, creationDate: 0, acl: 'private', objects: {}, uploads: {} };
}
