/**
 * Whether a role's trust policy lets the caller assume it, decided by the one policy evaluator
 * as AWS decides it (IAM User Guide, "Policy evaluation logic"): the trust policy is the role's
 * resource-based policy, and like a KMS key policy it must allow. Naming the caller (or its
 * role, for a role session) is enough in the role's own account; naming the account (its root
 * or id) delegates to IAM, and then an identity policy must allow sts:AssumeRole on the role too.
 * Conditions are evaluated, with sts:ExternalId and sts:RoleSessionName in the context.
 */
import type { OperationContext } from '../operation.ts';
import { identityPolicyDocuments } from '../iam/authorizeKms.ts';
import { globalContextKeys } from '../iam/globalContextKeys.ts';
import { toRequestPrincipal } from '../iam/requestPrincipal.ts';
import type { IamRole } from '../iam/state.ts';
import type { Decision } from '../policy/decision.ts';
import { evaluateAccess } from '../policy/evaluateAccess.ts';
import { parsedPolicy } from '../policy/parsedPolicy.ts';
import { contextOf } from '../policy/requestContext.ts';

export type AssumeRoleRequest = { readonly RoleSessionName: string; readonly ExternalId?: string };

export function trustDecision(ctx: OperationContext, role: IamRole, request: AssumeRoleRequest): Decision | undefined {
  const trust = parsedPolicy(role.assumeRolePolicyDocument, 'resource');
  if (!trust.ok) return undefined;
  const stsKeys = { 'sts:RoleSessionName': request.RoleSessionName, ...(request.ExternalId !== undefined ? { 'sts:ExternalId': request.ExternalId } : {}) };
  return evaluateAccess({
    request: { principal: toRequestPrincipal(ctx.principal), action: 'sts:AssumeRole', resource: role.arn, context: contextOf(globalContextKeys(ctx), stsKeys) },
    identityPolicies: identityPolicyDocuments(ctx),
    resourcePolicy: { name: 'trust policy', document: trust.value },
    resourceAccount: ctx.account.facts.accountId,
    mode: 'resourceMustAllow',
  });
}

export const trustPolicyAllows = (ctx: OperationContext, role: IamRole, request: AssumeRoleRequest): boolean =>
  trustDecision(ctx, role, request)?.decision === 'Allow';
