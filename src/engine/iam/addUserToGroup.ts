import type { OperationContext } from '../operation.ts';
import { findGroup, findUser } from './iamEntities.ts';

export type AddUserToGroupInput = { GroupName: string; UserName: string };

/** Adding a member twice is no error in IAM. */
export async function addUserToGroup(ctx: OperationContext, input: AddUserToGroupInput): Promise<Record<string, never>> {
  const group = findGroup(ctx, input.GroupName);
  const user = findUser(ctx, input.UserName);
  if (!user.groupNames.includes(group.groupName)) user.groupNames.push(group.groupName);
  return {};
}
