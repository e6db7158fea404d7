/**
 * Combines identity policies, a resource policy and grants into one Decision (IAM User Guide,
 * "Policy evaluation logic"; KMS Developer Guide, "Key policies in AWS KMS"):
 * - an applicable Deny anywhere is an explicit deny, whatever else allows;
 * - `kmsKey`: the key policy must allow. Naming the caller is enough in the key's own account;
 *   naming the caller's account (the root principal) delegates to IAM, and then an identity
 *   policy must allow too. Cross-account callers always need both. A matching grant also allows;
 * - `identityOnly`: actions with no resource policy (kms:CreateKey, kms:ListKeys …);
 * - `standard`: most services (S3): in the same account either side may allow; an account-level
 *   naming does not count on its own.
 */
import type { Decision, DecisionReason, GrantExplanation, PolicyExplanation, PolicyType, StatementRef } from './decision.ts';
import { evaluateStatement, type StatementExplanation } from './evaluateStatement.ts';
import type { PolicyDocument } from './policyDocument.ts';
import type { PolicyRequest } from './requestContext.ts';

export type NamedPolicy = { readonly name: string; readonly arn?: string; readonly document: PolicyDocument };

export type AccessMode = 'kmsKey' | 'identityOnly' | 'standard';

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

function explain(type: PolicyType, policy: NamedPolicy, request: PolicyRequest): PolicyExplanation {
  return {
    type,
    name: policy.name,
    ...(policy.arn !== undefined ? { arn: policy.arn } : {}),
    statements: policy.document.statements.map((s) => evaluateStatement(s, request)),
  };
}

type Found = { readonly ref: StatementRef; readonly statement: StatementExplanation };

function find(policies: readonly PolicyExplanation[], test: (s: StatementExplanation) => boolean): Found | undefined {
  for (const policy of policies) {
    const statement = policy.statements.find(test);
    if (statement) return { ref: { type: policy.type, policy: policy.name, statement: statement.id }, statement };
  }
  return undefined;
}

const allows = (s: StatementExplanation) => s.applies && s.effect === 'Allow';
const denies = (s: StatementExplanation) => s.applies && s.effect === 'Deny';

function decide(input: AccessInput, identity: readonly PolicyExplanation[], resource: readonly PolicyExplanation[]): [Decision['decision'], DecisionReason] {
  const deny = find(resource, denies) ?? find(identity, denies);
  if (deny) return ['ExplicitDeny', { kind: 'explicitDeny', by: deny.ref }];
  const identityAllow = find(identity, allows);
  const sameAccount = input.request.principal.accountId === input.resourceAccount;
  const direct = find(resource, (s) => allows(s) && s.principal?.level === 'direct');
  const delegated = find(resource, (s) => allows(s) && s.principal?.level === 'account');
  if (input.mode === 'identityOnly') {
    if (input.request.principal.type === 'Root' && sameAccount) return ['Allow', { kind: 'rootUser' }];
    return identityAllow ? ['Allow', { kind: 'allowedByIdentityPolicy', by: identityAllow.ref }] : ['ImplicitDeny', { kind: 'noIdentityAllow' }];
  }
  // Anonymous callers and AWS service principals have no identity policies: a resource policy naming them is enough.
  const noIdentity = input.request.principal.type === 'Anonymous' || input.request.principal.type === 'AWSService';
  if (direct && (sameAccount || noIdentity || identityAllow)) return ['Allow', { kind: 'allowedByResourcePolicy', by: direct.ref }];
  if (identityAllow && input.mode === 'kmsKey' && delegated) {
    return ['Allow', { kind: 'allowedByIdentityPolicy', by: identityAllow.ref, delegatedBy: delegated.ref }];
  }
  if (identityAllow && input.mode === 'standard' && (sameAccount || delegated)) {
    return ['Allow', { kind: 'allowedByIdentityPolicy', by: identityAllow.ref }];
  }
  const grant = input.findGrant?.();
  if (grant) return ['Allow', { kind: 'allowedByGrant', grant }];
  if (input.mode === 'kmsKey') return ['ImplicitDeny', { kind: direct || delegated ? 'noIdentityAllow' : 'noResourceAllow' }];
  return ['ImplicitDeny', { kind: identityAllow || !sameAccount ? 'noResourceAllow' : 'noIdentityAllow' }];
}

export function evaluateAccess(input: AccessInput): Decision {
  const { request } = input;
  const identity = input.identityPolicies.map((p) => explain('identity', p, request));
  const resource = input.resourcePolicy && input.mode !== 'identityOnly' ? [explain('resource', input.resourcePolicy, request)] : [];
  const [decision, reason] = decide(input, identity, resource);
  return {
    decision,
    explanation: {
      principal: request.principal.arn,
      action: request.action,
      resource: request.resource,
      context: Object.fromEntries(request.context),
      policies: [...resource, ...identity],
      reason,
    },
  };
}
