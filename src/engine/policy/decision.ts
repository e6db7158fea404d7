/**
 * The value every authorization returns: the decision and a structured explanation the
 * console renders ("Why was this denied?") and explainDecision turns into plain English.
 * Plain data only, so it survives JSON and a worker boundary.
 */
import type { StatementExplanation } from './evaluateStatement.ts';
import type { ContextValue } from './requestContext.ts';

export type DecisionValue = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

export type PolicyType = 'identity' | 'resource';

export type PolicyExplanation = {
  readonly type: PolicyType;
  /** The policy's name (`AdministratorAccess`, `key policy`) and ARN when it has one. */
  readonly name: string;
  readonly arn?: string;
  readonly statements: readonly StatementExplanation[];
};

export type StatementRef = { readonly type: PolicyType; readonly policy: string; readonly statement: string };

export type GrantExplanation = {
  readonly grantId: string;
  readonly name?: string;
  readonly operations: readonly string[];
  /** Why the grant applies, e.g. "EncryptionContextSubset {dept=finance} is contained in the request's context". */
  readonly detail: string;
};

/** The rule that decided. */
export type DecisionReason =
  | { readonly kind: 'explicitDeny'; readonly by: StatementRef }
  | { readonly kind: 'allowedByResourcePolicy'; readonly by: StatementRef }
  | { readonly kind: 'allowedByIdentityPolicy'; readonly by: StatementRef; readonly delegatedBy?: StatementRef }
  | { readonly kind: 'allowedByGrant'; readonly grant: GrantExplanation }
  /** The account's root user: identity policies cannot restrict it (resource policies still can). */
  | { readonly kind: 'rootUser' }
  /** No identity-based policy allows (for KMS: the key policy delegates, IAM does not allow). */
  | { readonly kind: 'noIdentityAllow' }
  /** No resource-based policy allows (for KMS: the key policy neither names the caller nor delegates). */
  | { readonly kind: 'noResourceAllow' }
  /** Authorization was left to the operation (e.g. a ciphertext that names no key here). */
  | { readonly kind: 'notApplicable'; readonly note: string };

export type Explanation = {
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
  readonly context: Readonly<Record<string, ContextValue>>;
  readonly policies: readonly PolicyExplanation[];
  readonly reason: DecisionReason;
  /** What a service added to the policies' verdict (S3: Block Public Access, ACLs), in plain English. */
  readonly notes?: readonly string[];
};

export type Decision = {
  readonly decision: DecisionValue;
  readonly explanation: Explanation;
};
