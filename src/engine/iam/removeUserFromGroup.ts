import type { OperationContext } from '../operation.ts';
import { findGroup, findUser } from './iamEntities.ts';
import { noSuchEntity } from './iamErrors.ts';

export type RemoveUserFromGroupInput = { GroupName: string; UserName: string };

/** A user who is not a member: NoSuchEntity (moto's wording; AWS's own not found in public records). */
export async function removeUserFromGroup(ctx: OperationContext, input: RemoveUserFromGroupInput): Promise<Record<string, never>> {
  const group = findGroup(ctx, input.GroupName);
  const user = findUser(ctx, input.UserName);
  if (!user.groupNames.includes(group.groupName)) throw noSuchEntity(`User ${user.userName} is not in group ${group.groupName}.`);
  user.groupNames = user.groupNames.filter((name) => name !== group.groupName);
  return {};
}
