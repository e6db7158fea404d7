/** s3:PutObjectAcl — see acl.ts: refused while ACLs are disabled, public ones refused under BlockPublicAcls. */
import type { OperationContext } from '../operation.ts';
import { requestedAcl, type AclInput } from './acl.ts';
import { findBucket, findObject } from './buckets.ts';

export async function putObjectAcl(ctx: OperationContext, input: AclInput & { Bucket: string; Key: string }): Promise<Record<string, never>> {
  const bucket = findBucket(ctx, input.Bucket);
  const object = findObject(bucket, input.Key);
  const acl = requestedAcl(bucket, input);
  if (acl !== undefined) object.acl = acl;
  return {};
}
