/** s3:GetPublicAccessBlock — or NoSuchPublicAccessBlockConfiguration once it was deleted. */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';
import { noSuchPublicAccessBlock } from './s3Errors.ts';
import type { PublicAccessBlock } from './state.ts';

export async function getPublicAccessBlock(ctx: OperationContext, input: { Bucket: string }): Promise<{ PublicAccessBlockConfiguration: PublicAccessBlock }> {
  const bucket = findBucket(ctx, input.Bucket);
  if (!bucket.publicAccessBlock) throw noSuchPublicAccessBlock(bucket.name);
  return { PublicAccessBlockConfiguration: { ...bucket.publicAccessBlock } };
}
