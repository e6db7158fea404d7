import type { OperationContext } from '../operation.ts';
import { byName, toRole, type RoleShape } from './iamEntities.ts';
import { iamPage, pagingOf } from './iamPage.ts';

export type ListRolesInput = { PathPrefix?: string; Marker?: string; MaxItems?: number };
export type ListRolesOutput = { Roles: RoleShape[]; IsTruncated: boolean; Marker?: string };

export async function listRoles(ctx: OperationContext, input: ListRolesInput): Promise<ListRolesOutput> {
  const prefix = input.PathPrefix ?? '/';
  const roles = Object.values(ctx.account.state.iam.roles).filter((r) => r.path.startsWith(prefix)).sort(byName((r) => r.roleName));
  const page = iamPage(roles, input.MaxItems, input.Marker);
  return { Roles: page.items.map(toRole), ...pagingOf(page) };
}
