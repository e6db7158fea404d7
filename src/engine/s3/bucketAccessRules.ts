/**
 * What S3 adds to policy evaluation for one bucket (S3 User Guide, "Blocking public access to
 * your Amazon S3 storage" and "Access control list (ACL) overview"): RestrictPublicBuckets takes
 * away what a public bucket policy grants anonymous and other-account callers (AWS service
 * principals and the owner's own account keep it); an ACL can allow what no policy does, but only
 * while ACLs are enabled (Object Ownership not BucketOwnerEnforced) and IgnorePublicAcls is off.
 * An explicit deny is never undone by an ACL.
 */
import type { Decision } from '../policy/decision.ts';
import type { RequestPrincipal } from '../policy/requestContext.ts';
import { aclsApply, isPublicPolicy, publicAccessBlockOf, publicAclPermissions } from './publicAccess.ts';
import type { CannedAcl, S3Bucket } from './state.ts';

export type AclRequest = { readonly needs: 'READ' | 'WRITE'; readonly acl: CannedAcl | undefined };

const withReason = (decision: Decision, value: Decision['decision'], reason: Decision['explanation']['reason'], note: string): Decision => ({
  decision: value,
  explanation: { ...decision.explanation, reason, notes: [...(decision.explanation.notes ?? []), note] },
});

function restricted(bucket: S3Bucket, principal: RequestPrincipal, ownAccount: string): boolean {
  if (!publicAccessBlockOf(bucket).RestrictPublicBuckets || !isPublicPolicy(bucket.policy)) return false;
  return principal.type === 'Anonymous' || (principal.type !== 'AWSService' && principal.accountId !== ownAccount);
}

/** The ACL permissions a caller gets: AllUsers grants reach everyone, AuthenticatedUsers grants every signed caller. */
function aclPermissions(acl: CannedAcl, principal: RequestPrincipal): readonly string[] {
  const everyone = publicAclPermissions(acl);
  return acl === 'authenticated-read' && principal.type !== 'Anonymous' ? [...everyone, 'READ'] : everyone;
}

export function applyBucketRules(decision: Decision, bucket: S3Bucket, principal: RequestPrincipal, ownAccount: string, acl?: AclRequest): Decision {
  if (decision.decision === 'ExplicitDeny') return decision;
  if (decision.decision === 'Allow') {
    if (decision.explanation.reason.kind !== 'allowedByResourcePolicy' || !restricted(bucket, principal, ownAccount)) return decision;
    return withReason(decision, 'ImplicitDeny', { kind: 'noResourceAllow' }, `Block Public Access (RestrictPublicBuckets) on bucket ${bucket.name}: its public bucket policy grants nothing to anonymous or other-account callers.`);
  }
  if (!acl?.acl || !aclsApply(bucket) || !aclPermissions(acl.acl, principal).includes(acl.needs)) return decision;
  const grantee = acl.acl === 'authenticated-read' ? 'AuthenticatedUsers' : 'AllUsers';
  return withReason(decision, 'Allow', { kind: 'notApplicable', note: `Allowed by the ACL "${acl.acl}", which grants ${acl.needs} to the ${grantee} group.` }, `ACLs are enabled on bucket ${bucket.name} and Block Public Access does not ignore them.`);
}
