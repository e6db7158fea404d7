/** s3:DeleteBucketTagging — 204; afterwards GetBucketTagging says NoSuchTagSet. */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';

export async function deleteBucketTagging(ctx: OperationContext, input: { Bucket: string }): Promise<Record<string, never>> {
  delete findBucket(ctx, input.Bucket).tags;
  return {};
}
