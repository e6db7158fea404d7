/** s3:DeleteBucketOwnershipControls — without controls a bucket behaves as ObjectWriter. */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';

export async function deleteBucketOwnershipControls(ctx: OperationContext, input: { Bucket: string }): Promise<Record<string, never>> {
  delete findBucket(ctx, input.Bucket).ownership;
  return {};
}
