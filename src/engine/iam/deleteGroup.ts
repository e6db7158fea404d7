import type { OperationContext } from '../operation.ts';
import { findGroup } from './iamEntities.ts';
import { mustDeletePolicies, mustDetachPolicies, mustRemoveUsers } from './iamErrors.ts';

export type DeleteGroupInput = { GroupName: string };

/** Only an empty group goes: no members, no inline or attached policies. */
export async function deleteGroup(ctx: OperationContext, input: DeleteGroupInput): Promise<Record<string, never>> {
  const group = findGroup(ctx, input.GroupName);
  const { iam } = ctx.account.state;
  if (Object.values(iam.users).some((u) => u.groupNames.includes(group.groupName))) throw mustRemoveUsers();
  if (Object.keys(group.inlinePolicies).length > 0) throw mustDeletePolicies();
  if (group.attachedPolicyArns.length > 0) throw mustDetachPolicies();
  delete iam.groups[group.groupName];
  return {};
}
