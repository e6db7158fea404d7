import type { OperationContext } from '../operation.ts';
import { byName, findUser, toGroup, type GroupShape } from './iamEntities.ts';
import { iamPage, pagingOf } from './iamPage.ts';

export type ListGroupsForUserInput = { UserName: string; Marker?: string; MaxItems?: number };
export type ListGroupsForUserOutput = { Groups: GroupShape[]; IsTruncated: boolean; Marker?: string };

export async function listGroupsForUser(ctx: OperationContext, input: ListGroupsForUserInput): Promise<ListGroupsForUserOutput> {
  const user = findUser(ctx, input.UserName);
  const { groups } = ctx.account.state.iam;
  const mine = user.groupNames.flatMap((name) => (groups[name] ? [groups[name]] : [])).sort(byName((g) => g.groupName));
  const page = iamPage(mine, input.MaxItems, input.Marker);
  return { Groups: page.items.map(toGroup), ...pagingOf(page) };
}
