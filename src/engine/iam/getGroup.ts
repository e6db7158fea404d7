import type { OperationContext } from '../operation.ts';
import { byName, findGroup, toGroup, toUser, type GroupShape, type UserShape } from './iamEntities.ts';
import { iamPage, pagingOf } from './iamPage.ts';

export type GetGroupInput = { GroupName: string; Marker?: string; MaxItems?: number };
export type GetGroupOutput = { Group: GroupShape; Users: UserShape[]; IsTruncated: boolean; Marker?: string };

/** The group and its members, paged like every IAM list. */
export async function getGroup(ctx: OperationContext, input: GetGroupInput): Promise<GetGroupOutput> {
  const group = findGroup(ctx, input.GroupName);
  const members = Object.values(ctx.account.state.iam.users).filter((u) => u.groupNames.includes(group.groupName)).sort(byName((u) => u.userName));
  const page = iamPage(members, input.MaxItems, input.Marker);
  return { Group: toGroup(group), Users: page.items.map(toUser), ...pagingOf(page) };
}
