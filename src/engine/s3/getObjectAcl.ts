/** s3:GetObjectAcl — the owner's grant plus what the object's canned ACL gives everyone. */
import type { OperationContext } from '../operation.ts';
import { grantsOf } from './acl.ts';
import { findBucket, findObject, ownerOf } from './buckets.ts';

export async function getObjectAcl(ctx: OperationContext, input: { Bucket: string; Key: string }) {
  const bucket = findBucket(ctx, input.Bucket);
  return { Owner: ownerOf(), Grants: grantsOf(findObject(bucket, input.Key).acl, bucket) };
}
