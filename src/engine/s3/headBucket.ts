/** s3:HeadBucket — whether the bucket exists and the caller may list it; says its region. */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';

export async function headBucket(ctx: OperationContext, input: { Bucket: string }): Promise<{ BucketRegion: string; AccessPointAlias: boolean }> {
  const bucket = findBucket(ctx, input.Bucket);
  return { BucketRegion: bucket.region, AccessPointAlias: false };
}
