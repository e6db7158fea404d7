/**
 * Canned ACLs (private, public-read …) and the grants S3 lists for them. With Object
 * Ownership BucketOwnerEnforced, ACLs are disabled: setting one fails with
 * AccessControlListNotSupported, except the ones that change nothing (S3 User Guide,
 * "Controlling ownership of objects and disabling ACLs"). Block Public Access's
 * BlockPublicAcls refuses public ones with AccessDenied.
 */
import { CANONICAL_USER_ID } from './buckets.ts';
import { isPublicAcl, publicAccessBlockOf } from './publicAccess.ts';
import { accessDenied, aclNotSupported, invalidArgument } from './s3Errors.ts';
import type { CannedAcl, S3Bucket } from './state.ts';

export const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
export const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

type Grant = { Grantee?: { Type?: string; URI?: string; ID?: string }; Permission?: string };
export type AclInput = { ACL?: string; AccessControlPolicy?: { Grants?: Grant[] } };

const CANNED: readonly string[] = ['private', 'public-read', 'public-read-write', 'authenticated-read', 'bucket-owner-read', 'bucket-owner-full-control'];
/** ACLs that grant nothing beyond the owner, so they are allowed even with ACLs disabled. */
const OWNER_ONLY = new Set(['private', 'bucket-owner-full-control', 'bucket-owner-read']);

function cannedOf(input: AclInput): string {
  if (input.ACL !== undefined) return input.ACL;
  const grants = input.AccessControlPolicy?.Grants ?? [];
  const toAll = grants.filter((g) => g.Grantee?.URI === ALL_USERS).map((g) => g.Permission);
  if (toAll.includes('WRITE') || toAll.includes('FULL_CONTROL')) return 'public-read-write';
  if (toAll.includes('READ')) return 'public-read';
  if (grants.some((g) => g.Grantee?.URI === AUTHENTICATED_USERS)) return 'authenticated-read';
  return 'private';
}

/** The ACL a request sets, after S3's checks; undefined when the request sets none. */
export function requestedAcl(bucket: S3Bucket, input: AclInput): CannedAcl | undefined {
  if (input.ACL === undefined && input.AccessControlPolicy === undefined) return undefined;
  const canned = cannedOf(input);
  if (!CANNED.includes(canned)) throw invalidArgument('', 'x-amz-acl', canned);
  if ((bucket.ownership ?? 'ObjectWriter') === 'BucketOwnerEnforced' && !OWNER_ONLY.has(canned)) throw aclNotSupported();
  if (publicAccessBlockOf(bucket).BlockPublicAcls && isPublicAcl(canned as CannedAcl)) throw accessDenied();
  return OWNER_ONLY.has(canned) ? 'private' : (canned as CannedAcl);
}

/** GetBucketAcl / GetObjectAcl: the owner's FULL_CONTROL plus what the canned ACL gives others. */
export function grantsOf(acl: CannedAcl, bucket: S3Bucket) {
  const owner = { Grantee: { ID: CANONICAL_USER_ID, Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' };
  if ((bucket.ownership ?? 'ObjectWriter') === 'BucketOwnerEnforced') return [owner];
  const group = (URI: string, Permission: string) => ({ Grantee: { Type: 'Group', URI }, Permission });
  switch (acl) {
    case 'public-read': return [owner, group(ALL_USERS, 'READ')];
    case 'public-read-write': return [owner, group(ALL_USERS, 'READ'), group(ALL_USERS, 'WRITE')];
    case 'authenticated-read': return [owner, group(AUTHENTICATED_USERS, 'READ')];
    default: return [owner];
  }
}
