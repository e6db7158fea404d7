/** s3:DeleteBucketPolicy — succeeds (204) whether or not there was a policy. */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';

export async function deleteBucketPolicy(ctx: OperationContext, input: { Bucket: string }): Promise<Record<string, never>> {
  delete findBucket(ctx, input.Bucket).policy;
  return {};
}
