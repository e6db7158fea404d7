/**
 * The authorization step of dispatch. Every decision is a value with an explanation
 * (policy/decision.ts), so a denial can be shown to the learner. KMS requests are decided by
 * the key policy, IAM policies and grants (authorizeKms.ts); S3 requests by the bucket policy,
 * IAM policies, ACLs and Block Public Access (authorizeS3.ts); IAM requests by the caller's IAM
 * policies on the user, role, group or policy they name (iamResource.ts); the rest (STS,
 * CloudTrail) by the caller's IAM policies on "*".
 */
import type { OperationContext } from '../operation.ts';
import { splitAction } from '../operations.ts';
import type { Decision } from '../policy/decision.ts';
import { evaluateAccess } from '../policy/evaluateAccess.ts';
import { contextOf } from '../policy/requestContext.ts';
import { authorizeKms, identityPolicyDocuments } from './authorizeKms.ts';
import { authorizeS3 } from './authorizeS3.ts';
import { globalContextKeys } from './globalContextKeys.ts';
import { iamResourceOf } from './iamResource.ts';
import { toRequestPrincipal } from './requestPrincipal.ts';

export type { Decision } from '../policy/decision.ts';

/** Calls AWS answers for any authenticated caller, whatever its policies say. */
const ALWAYS_ALLOWED: ReadonlySet<string> = new Set(['sts:GetCallerIdentity']);

const asRecord = (input: unknown): Readonly<Record<string, unknown>> => (typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {});

function notDecidedHere(ctx: OperationContext, action: string, note: string): Decision {
  return {
    decision: 'Allow',
    explanation: { principal: ctx.principal.arn, action, resource: '*', context: {}, policies: [], reason: { kind: 'notApplicable', note } },
  };
}

export function authorize(ctx: OperationContext, action: string, input: unknown): Decision {
  if (ALWAYS_ALLOWED.has(action)) return notDecidedHere(ctx, action, `${action} needs no permission.`);
  if (action === 'sts:AssumeRole') return notDecidedHere(ctx, action, "AssumeRole is decided by the role's trust policy together with the caller's IAM policies (sts/trustPolicyAllows.ts).");
  const { service, name } = splitAction(action);
  if (service === 's3') {
    if (action === 's3:DeleteObjects') return notDecidedHere(ctx, action, 'DeleteObjects is authorized key by key: each key needs s3:DeleteObject, and a denied key is reported as AccessDenied in the result.');
    return authorizeS3(ctx, name, asRecord(input))
      ?? notDecidedHere(ctx, action, 'The request names a bucket that does not exist; the operation answers for itself.');
  }
  if (service === 'kms') {
    if (action === 'kms:RetireGrant') return notDecidedHere(ctx, action, 'RetireGrant is authorized by the grant itself (its retiring principal, its grantee, or the issuing account), not by policy.');
    return authorizeKms(ctx, action, asRecord(input))
      ?? notDecidedHere(ctx, action, 'The request names a key this account does not have; the operation answers for itself.');
  }
  return evaluateAccess({
    request: { principal: toRequestPrincipal(ctx.principal), action, resource: service === 'iam' ? iamResourceOf(ctx, name, asRecord(input)) : '*', context: contextOf(globalContextKeys(ctx)) },
    identityPolicies: identityPolicyDocuments(ctx),
    resourceAccount: ctx.account.facts.accountId,
    mode: 'identityOnly',
  });
}
