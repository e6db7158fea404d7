/** s3:PutBucketAcl — a canned ACL (x-amz-acl) or an AccessControlPolicy body; see acl.ts for S3's checks. */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';
import { requestedAcl, type AclInput } from './acl.ts';

export async function putBucketAcl(ctx: OperationContext, input: AclInput & { Bucket: string }): Promise<Record<string, never>> {
  const bucket = findBucket(ctx, input.Bucket);
  const acl = requestedAcl(bucket, input);
  if (acl !== undefined) bucket.acl = acl;
  return {};
}
