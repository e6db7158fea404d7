/** s3:PutBucketTagging — replaces the bucket's whole tag set (at most 50 tags). */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';
import { BUCKET_TAG_LIMIT, toTagRecord, type Tagging } from './tagSet.ts';

export async function putBucketTagging(ctx: OperationContext, input: { Bucket: string; Tagging: Tagging }): Promise<Record<string, never>> {
  const bucket = findBucket(ctx, input.Bucket);
  bucket.tags = toTagRecord(input.Tagging, BUCKET_TAG_LIMIT);
  return {};
}
