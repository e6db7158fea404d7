/** s3:GetBucketAcl — readable even while ACLs are disabled (then only the owner's grant). */
import type { OperationContext } from '../operation.ts';
import { findBucket, ownerOf } from './buckets.ts';
import { grantsOf } from './acl.ts';

export async function getBucketAcl(ctx: OperationContext, input: { Bucket: string }) {
  const bucket = findBucket(ctx, input.Bucket);
  return { Owner: ownerOf(), Grants: grantsOf(bucket.acl, bucket) };
}
