/** s3:DeleteBucket — only an empty bucket. */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';
import { bucketNotEmpty } from './s3Errors.ts';

export async function deleteBucket(ctx: OperationContext, input: { Bucket: string }): Promise<Record<string, never>> {
  const bucket = findBucket(ctx, input.Bucket);
  if (Object.keys(bucket.objects).length > 0) throw bucketNotEmpty(bucket.name);
  delete ctx.account.state.s3.buckets[bucket.name];
  return {};
}
