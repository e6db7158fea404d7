import type { OperationContext } from '../operation.ts';
import { deleteConflict, policyNotFound, policyVersionNotFound } from './iamErrors.ts';

export type DeletePolicyVersionInput = { PolicyArn: string; VersionId: string };

/**
 * Deletes a version that is not in force; the default version goes only with the policy
 * (DeletePolicy). Its number is not reused. The DeleteConflict wording is moto's; AWS's own
 * text for it has not been seen in public records.
 */
export async function deletePolicyVersion(ctx: OperationContext, input: DeletePolicyVersionInput): Promise<Record<string, never>> {
  const policy = ctx.account.state.iam.policies[input.PolicyArn];
  if (!policy) throw policyNotFound(input.PolicyArn);
  const index = policy.versions.findIndex((v) => v.versionId === input.VersionId);
  if (index < 0) throw policyVersionNotFound(input.PolicyArn, input.VersionId);
  if (input.VersionId === policy.defaultVersionId) throw deleteConflict('Cannot delete the default version of a policy.');
  policy.versions.splice(index, 1);
  return {};
}
