import type { OperationContext } from '../operation.ts';
import { findUser } from './iamEntities.ts';
import { mustDeleteAccessKeys, mustDeletePolicies, mustDetachPolicies, mustLeaveGroups } from './iamErrors.ts';

export type DeleteUserInput = { UserName: string };

/**
 * IAM deletes only an empty user: no inline policies, attached policies, access keys or
 * groups. Inline policies are reported before access keys, as AWS-mirroring emulators record.
 */
export async function deleteUser(ctx: OperationContext, input: DeleteUserInput): Promise<Record<string, never>> {
  const user = findUser(ctx, input.UserName);
  if (Object.keys(user.inlinePolicies).length > 0) throw mustDeletePolicies();
  if (user.attachedPolicyArns.length > 0) throw mustDetachPolicies();
  if (user.accessKeys.length > 0) throw mustDeleteAccessKeys();
  if (user.groupNames.length > 0) throw mustLeaveGroups();
  delete ctx.account.state.iam.users[user.userName];
  return {};
}
