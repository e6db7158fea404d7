/** s3:DeleteBucketEncryption — the default goes back to SSE-S3; buckets are never unencrypted. */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';

export async function deleteBucketEncryption(ctx: OperationContext, input: { Bucket: string }): Promise<Record<string, never>> {
  findBucket(ctx, input.Bucket).encryption = { sseAlgorithm: 'AES256', bucketKeyEnabled: false };
  return {};
}
