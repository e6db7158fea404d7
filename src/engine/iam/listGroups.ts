import type { OperationContext } from '../operation.ts';
import { byName, toGroup, type GroupShape } from './iamEntities.ts';
import { iamPage, pagingOf } from './iamPage.ts';

export type ListGroupsInput = { PathPrefix?: string; Marker?: string; MaxItems?: number };
export type ListGroupsOutput = { Groups: GroupShape[]; IsTruncated: boolean; Marker?: string };

export async function listGroups(ctx: OperationContext, input: ListGroupsInput): Promise<ListGroupsOutput> {
  const prefix = input.PathPrefix ?? '/';
  const groups = Object.values(ctx.account.state.iam.groups).filter((g) => g.path.startsWith(prefix)).sort(byName((g) => g.groupName));
  const page = iamPage(groups, input.MaxItems, input.Marker);
  return { Groups: page.items.map(toGroup), ...pagingOf(page) };
}
