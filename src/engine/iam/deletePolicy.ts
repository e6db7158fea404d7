import type { OperationContext } from '../operation.ts';
import { deleteConflict, policyNotFound, policyStillAttached } from './iamErrors.ts';
import { attachmentCount } from './managedPolicies.ts';

export type DeletePolicyInput = { PolicyArn: string };

/**
 * Only the account's own policies can go, once detached everywhere and down to the default
 * version. The versions message is AWS's documented rule in moto's words (unconfirmed).
 */
export async function deletePolicy(ctx: OperationContext, input: DeletePolicyInput): Promise<Record<string, never>> {
  const { policies } = ctx.account.state.iam;
  const policy = policies[input.PolicyArn];
  if (!policy) throw policyNotFound(input.PolicyArn);
  if (attachmentCount(ctx.account, policy.arn) > 0) throw policyStillAttached();
  if (policy.versions.length > 1) {
    throw deleteConflict("This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.");
  }
  delete policies[policy.arn];
  return {};
}
