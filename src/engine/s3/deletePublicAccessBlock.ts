/** s3:DeletePublicAccessBlock — nothing is blocked afterwards (the account-level setting is not modelled). */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';

export async function deletePublicAccessBlock(ctx: OperationContext, input: { Bucket: string }): Promise<Record<string, never>> {
  delete findBucket(ctx, input.Bucket).publicAccessBlock;
  return {};
}
