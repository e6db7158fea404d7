/**
 * The resource an IAM action is decided on (Service Authorization Reference, "Actions defined
 * by AWS Identity and Access Management"): the user, group, role or policy the request names,
 * so an identity policy scoped to `arn:aws:iam::111122223333:user/lab-*` means what it says.
 * An existing entity is named by its ARN (its path included); a new one by the ARN it will get.
 * Listing users, roles and groups is decided on the path being listed ("arn:aws:iam::…:user/",
 * as AWS's denials name it); ListPolicies on "policy path /", AWS's own words for a listing that
 * only "*" can allow. Actions that name nothing are decided on "*".
 */
import type { OperationContext } from '../operation.ts';
import { iamArn } from './iamEntities.ts';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Listings, decided on the path they list (their UserName / RoleName / GroupName only filters). */
const LISTINGS: Readonly<Record<string, 'user' | 'role' | 'group' | 'policy'>> = { ListUsers: 'user', ListRoles: 'role', ListGroups: 'group', ListPolicies: 'policy' };
/** Group membership is an action on the group, though the request names a user too. */
const ON_GROUP = new Set(['AddUserToGroup', 'RemoveUserFromGroup']);

export function iamResourceOf(ctx: OperationContext, operation: string, input: Readonly<Record<string, unknown>>): string {
  const listed = Object.hasOwn(LISTINGS, operation) ? LISTINGS[operation] : undefined;
  if (listed) {
    const prefix = text(input.PathPrefix) ?? '/';
    return listed === 'policy' ? `policy path ${prefix}` : iamArn(ctx, listed, prefix, '');
  }
  const { users, roles, groups } = ctx.account.state.iam;
  const path = text(input.Path) ?? '/';
  const group = text(input.GroupName);
  if (group !== undefined && ON_GROUP.has(operation)) return (Object.hasOwn(groups, group) ? groups[group]?.arn : undefined) ?? iamArn(ctx, 'group', path, group);
  const user = text(input.UserName);
  if (user !== undefined) return (Object.hasOwn(users, user) ? users[user]?.arn : undefined) ?? iamArn(ctx, 'user', path, user);
  const role = text(input.RoleName);
  if (role !== undefined) return (Object.hasOwn(roles, role) ? roles[role]?.arn : undefined) ?? iamArn(ctx, 'role', path, role);
  if (group !== undefined) return (Object.hasOwn(groups, group) ? groups[group]?.arn : undefined) ?? iamArn(ctx, 'group', path, group);
  const policyArn = text(input.PolicyArn);
  if (policyArn !== undefined) return policyArn;
  const policyName = text(input.PolicyName);
  if (operation === 'CreatePolicy' && policyName !== undefined) return iamArn(ctx, 'policy', path, policyName);
  return '*';
}
