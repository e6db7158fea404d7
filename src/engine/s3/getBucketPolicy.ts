/** s3:GetBucketPolicy — the policy text as stored, or NoSuchBucketPolicy. */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';
import { noSuchBucketPolicy } from './s3Errors.ts';

export async function getBucketPolicy(ctx: OperationContext, input: { Bucket: string }): Promise<{ Policy: string }> {
  const bucket = findBucket(ctx, input.Bucket);
  if (bucket.policy === undefined) throw noSuchBucketPolicy(bucket.name);
  return { Policy: bucket.policy };
}
