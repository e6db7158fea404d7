/** s3:PutPublicAccessBlock — the four settings; any left out is false, as in AWS. */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';
import type { PublicAccessBlock } from './state.ts';

export type PutPublicAccessBlockInput = { Bucket: string; PublicAccessBlockConfiguration: Partial<PublicAccessBlock> };

export async function putPublicAccessBlock(ctx: OperationContext, input: PutPublicAccessBlockInput): Promise<Record<string, never>> {
  const bucket = findBucket(ctx, input.Bucket);
  const c = input.PublicAccessBlockConfiguration;
  bucket.publicAccessBlock = {
    BlockPublicAcls: c.BlockPublicAcls === true,
    IgnorePublicAcls: c.IgnorePublicAcls === true,
    BlockPublicPolicy: c.BlockPublicPolicy === true,
    RestrictPublicBuckets: c.RestrictPublicBuckets === true,
  };
  return {};
}
