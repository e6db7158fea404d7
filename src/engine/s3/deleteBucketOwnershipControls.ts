/** s3:DeleteBucketOwnershipControls — without controls a bucket behaves as ObjectWriter. */
import type { OperationContext } from '../operation.ts';
import { assertNotAnonymous } from './anonymousAccess.ts';
import { findBucket } from './buckets.ts';

export async function deleteBucketOwnershipControls(ctx: OperationContext, input: { Bucket: string }): Promise<Record<string, never>> {
  assertNotAnonymous(ctx);
  delete findBucket(ctx, input.Bucket).ownership;
  return {};
}
