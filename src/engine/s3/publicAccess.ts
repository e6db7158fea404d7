/**
 * The S3-specific pieces of authorization, as pure functions: whether an ACL or a bucket
 * policy makes something public, and whether Block Public Access stops that.
 * iam/authorizeS3.ts combines them with the policy evaluator's verdict (bucketAccessRules.ts).
 */
import type { CannedAcl, PublicAccessBlock, S3Bucket } from './state.ts';

/** New buckets block everything, as AWS does since April 2023. */
export const BLOCK_ALL: PublicAccessBlock = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
export const BLOCK_NONE: PublicAccessBlock = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };

export const publicAccessBlockOf = (bucket: S3Bucket): PublicAccessBlock => bucket.publicAccessBlock ?? BLOCK_NONE;

/** An ACL that grants the AllUsers group anything. */
export const isPublicAcl = (acl: CannedAcl | undefined): boolean => acl === 'public-read' || acl === 'public-read-write';

/** ACLs count only while the bucket allows them (not BucketOwnerEnforced; no ownership controls at all means ObjectWriter) and BPA does not ignore them. */
export function aclsApply(bucket: S3Bucket): boolean {
  return (bucket.ownership ?? 'ObjectWriter') !== 'BucketOwnerEnforced' && !publicAccessBlockOf(bucket).IgnorePublicAcls;
}

/** Which permissions a canned ACL grants to everyone (AllUsers). */
export function publicAclPermissions(acl: CannedAcl): readonly ('READ' | 'WRITE')[] {
  if (acl === 'public-read') return ['READ'];
  if (acl === 'public-read-write') return ['READ', 'WRITE'];
  return [];
}

type Statement = { Effect?: unknown; Principal?: unknown; Action?: unknown; Resource?: unknown; Condition?: unknown };

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** "*" or {"AWS": "*"}: everyone, including anonymous callers. */
function isEveryone(principal: unknown): boolean {
  if (principal === '*') return true;
  if (principal && typeof principal === 'object') return asList((principal as { AWS?: unknown }).AWS).includes('*');
  return false;
}

export function statementsOf(policy: string | undefined): Statement[] {
  if (!policy) return [];
  try {
    return asList((JSON.parse(policy) as { Statement?: unknown }).Statement) as Statement[];
  } catch {
    return [];
  }
}

/** A policy is public when an Allow statement names everyone without a condition (S3's "public" test, simplified). */
export const isPublicPolicy = (policy: string | undefined): boolean =>
  statementsOf(policy).some((s) => s.Effect === 'Allow' && isEveryone(s.Principal) && s.Condition === undefined);
