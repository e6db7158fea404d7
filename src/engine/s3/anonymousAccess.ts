/**
 * Anonymous requests (no signature at all): S3 allows them only where the bucket policy or an
 * ACL makes the resource public and Block Public Access does not stop it. Everything else is
 * 403 AccessDenied "Access Denied" (protocols.md §6b). Signed callers are judged by the policy
 * evaluator in dispatch, not here.
 */
import type { OperationContext } from '../operation.ts';
import { bucketArnOf, objectArnOf } from './buckets.ts';
import { aclsApply, bucketPolicyForEveryone, publicAccessBlockOf, publicAclPermissions } from './publicAccess.ts';
import { accessDenied } from './s3Errors.ts';
import type { CannedAcl, S3Bucket } from './state.ts';

export type AnonymousRequest = {
  readonly action: string;
  /** The object key for object actions; absent for bucket actions. */
  readonly key?: string;
  /** The ACL that governs the request: the object's for reads of it, the bucket's otherwise. */
  readonly acl?: CannedAcl;
  readonly needs: 'READ' | 'WRITE';
};

export function anonymousMay(bucket: S3Bucket, resourceArn: string, request: AnonymousRequest): boolean {
  const block = publicAccessBlockOf(bucket);
  const byPolicy = bucketPolicyForEveryone(bucket.policy, request.action, resourceArn);
  if (byPolicy === 'Deny') return false;
  // RestrictPublicBuckets: a public policy grants nothing to anonymous or other-account callers.
  if (byPolicy === 'Allow' && !block.RestrictPublicBuckets) return true;
  return request.acl !== undefined && aclsApply(bucket) && publicAclPermissions(request.acl).includes(request.needs);
}

export function assertAnonymousAllowed(ctx: OperationContext, bucket: S3Bucket, request: AnonymousRequest): void {
  if (ctx.principal.type !== 'Anonymous') return;
  const arn = request.key === undefined ? bucketArnOf(ctx, bucket.name) : objectArnOf(ctx, bucket.name, request.key);
  if (!anonymousMay(bucket, arn, request)) throw accessDenied();
}

/** Management operations (policies, encryption, ACL changes …) are never public. */
export function assertNotAnonymous(ctx: OperationContext): void {
  if (ctx.principal.type === 'Anonymous') throw accessDenied();
}
