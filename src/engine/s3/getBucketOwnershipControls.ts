/** s3:GetBucketOwnershipControls — or OwnershipControlsNotFoundError once deleted. */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';
import { ownershipControlsNotFound } from './s3Errors.ts';

export async function getBucketOwnershipControls(ctx: OperationContext, input: { Bucket: string }) {
  const bucket = findBucket(ctx, input.Bucket);
  if (!bucket.ownership) throw ownershipControlsNotFound(bucket.name);
  return { OwnershipControls: { Rules: [{ ObjectOwnership: bucket.ownership }] } };
}
