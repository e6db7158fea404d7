import type { OperationContext } from '../operation.ts';
import { byName, toUser, type UserShape } from './iamEntities.ts';
import { iamPage, pagingOf } from './iamPage.ts';

export type ListUsersInput = { PathPrefix?: string; Marker?: string; MaxItems?: number };
export type ListUsersOutput = { Users: UserShape[]; IsTruncated: boolean; Marker?: string };

export async function listUsers(ctx: OperationContext, input: ListUsersInput): Promise<ListUsersOutput> {
  const prefix = input.PathPrefix ?? '/';
  const users = Object.values(ctx.account.state.iam.users).filter((u) => u.path.startsWith(prefix)).sort(byName((u) => u.userName));
  const page = iamPage(users, input.MaxItems, input.Marker);
  return { Users: page.items.map(toUser), ...pagingOf(page) };
}
