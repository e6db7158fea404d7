/**
 * The rules that combine identity policies, a resource policy and grants into one decision
 * (IAM User Guide, "Policy evaluation logic"; KMS Developer Guide, "Key policies in AWS KMS"):
 * - an applicable Deny anywhere is an explicit deny, whatever else allows;
 * - `resourceMustAllow` (KMS key policies, IAM role trust policies): the resource policy must
 *   allow. Naming the caller is enough in the resource's own account; naming the caller's
 *   account (the root principal) delegates to IAM, and then an identity policy must allow too.
 *   Cross-account callers always need both. A matching grant also allows (KMS);
 * - `identityOnly`: actions with no resource policy (kms:CreateKey, kms:ListKeys …);
 * - `standard`: most services (S3): in the same account either side may allow; an account-level
 *   naming does not count on its own.
 * The rules ask for the statements they need through a `StatementLookup`, so the same rules
 * decide from bare verdicts (evaluateAccess) and from full explanations (explainAccess).
 */
import type { DecisionReason, DecisionValue, GrantExplanation, StatementRef } from './decision.ts';
import type { PrincipalLevel } from './matchPrincipal.ts';
import type { PolicyDocument } from './policyDocument.ts';
import type { PolicyRequest } from './requestContext.ts';

export type NamedPolicy = { readonly name: string; readonly arn?: string; readonly document: PolicyDocument };

export type AccessMode = 'resourceMustAllow' | 'identityOnly' | 'standard';

export type AccessInput = {
  readonly request: PolicyRequest;
  readonly identityPolicies: readonly NamedPolicy[];
  readonly resourcePolicy?: NamedPolicy;
  /** The account that owns the resource. */
  readonly resourceAccount: string;
  readonly mode: AccessMode;
  /** Consulted only when no policy allows and none denies: grants can only allow. */
  readonly findGrant?: () => GrantExplanation | undefined;
};

/** The first statement of each kind that applies (resource policy first), or undefined. */
export type StatementLookup = {
  readonly deny: () => StatementRef | undefined;
  readonly identityAllow: () => StatementRef | undefined;
  /** An Allow of the resource policy that names the caller ('direct') or only its account ('account'). */
  readonly resourceAllow: (level: PrincipalLevel) => StatementRef | undefined;
};

/** The resource policy counts except for actions that have none. */
export const resourcePolicyOf = (input: AccessInput): NamedPolicy | undefined => (input.mode === 'identityOnly' ? undefined : input.resourcePolicy);

export function decideAccess(input: AccessInput, find: StatementLookup): [DecisionValue, DecisionReason] {
  const deny = find.deny();
  if (deny) return ['ExplicitDeny', { kind: 'explicitDeny', by: deny }];
  const { principal } = input.request;
  const sameAccount = principal.accountId === input.resourceAccount;
  if (input.mode === 'identityOnly') {
    if (principal.type === 'Root' && sameAccount) return ['Allow', { kind: 'rootUser' }];
    const identityAllow = find.identityAllow();
    return identityAllow ? ['Allow', { kind: 'allowedByIdentityPolicy', by: identityAllow }] : ['ImplicitDeny', { kind: 'noIdentityAllow' }];
  }
  const direct = find.resourceAllow('direct');
  // Anonymous callers and AWS service principals have no identity policies: a resource policy naming them is enough.
  const noIdentity = principal.type === 'Anonymous' || principal.type === 'AWSService';
  if (direct && (sameAccount || noIdentity || find.identityAllow())) return ['Allow', { kind: 'allowedByResourcePolicy', by: direct }];
  const identityAllow = find.identityAllow();
  const delegated = find.resourceAllow('account');
  if (identityAllow && input.mode === 'resourceMustAllow' && delegated) {
    return ['Allow', { kind: 'allowedByIdentityPolicy', by: identityAllow, delegatedBy: delegated }];
  }
  if (identityAllow && input.mode === 'standard' && (sameAccount || delegated)) {
    return ['Allow', { kind: 'allowedByIdentityPolicy', by: identityAllow }];
  }
  const grant = input.findGrant?.();
  if (grant) return ['Allow', { kind: 'allowedByGrant', grant }];
  if (input.mode === 'resourceMustAllow') return ['ImplicitDeny', { kind: direct || delegated ? 'noIdentityAllow' : 'noResourceAllow' }];
  return ['ImplicitDeny', { kind: identityAllow || !sameAccount ? 'noResourceAllow' : 'noIdentityAllow' }];
}
