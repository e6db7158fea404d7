/** s3:GetBucketLocation — empty (null) for us-east-1, as S3 answers. */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';

export async function getBucketLocation(ctx: OperationContext, input: { Bucket: string }): Promise<{ LocationConstraint?: string }> {
  const bucket = findBucket(ctx, input.Bucket);
  return bucket.region === 'us-east-1' ? {} : { LocationConstraint: bucket.region };
}
