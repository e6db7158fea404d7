/** Looking up users, groups and roles by name, and their shapes in IAM's responses. */
import type { OperationContext } from '../operation.ts';
import { entityNotFound } from './iamErrors.ts';
import type { IamGroup, IamRole, IamUser } from './state.ts';

export const findUser = (ctx: OperationContext, userName: string): IamUser => {
  const user = ctx.account.state.iam.users[userName];
  if (!user) throw entityNotFound('user', userName);
  return user;
};

export const findGroup = (ctx: OperationContext, groupName: string): IamGroup => {
  const group = ctx.account.state.iam.groups[groupName];
  if (!group) throw entityNotFound('group', groupName);
  return group;
};

export const findRole = (ctx: OperationContext, roleName: string): IamRole => {
  const role = ctx.account.state.iam.roles[roleName];
  if (!role) throw entityNotFound('role', roleName);
  return role;
};

/** `arn:aws:iam::111122223333:user/division/bob` for path /division/. */
export const iamArn = (ctx: OperationContext, kind: 'user' | 'group' | 'role' | 'policy', path: string, name: string) =>
  `arn:${ctx.account.facts.partition}:iam::${ctx.account.facts.accountId}:${kind}${path}${name}`;

export type UserShape = { Path: string; UserName: string; UserId: string; Arn: string; CreateDate: Date };
export type GroupShape = { Path: string; GroupName: string; GroupId: string; Arn: string; CreateDate: Date };
export type RoleShape = {
  Path: string;
  RoleName: string;
  RoleId: string;
  Arn: string;
  CreateDate: Date;
  AssumeRolePolicyDocument: string;
  Description?: string;
  MaxSessionDuration: number;
};

export const toUser = (u: IamUser): UserShape => ({ Path: u.path, UserName: u.userName, UserId: u.userId, Arn: u.arn, CreateDate: new Date(u.createDate) });
export const toGroup = (g: IamGroup): GroupShape => ({ Path: g.path, GroupName: g.groupName, GroupId: g.groupId, Arn: g.arn, CreateDate: new Date(g.createDate) });
export const toRole = (r: IamRole): RoleShape => ({
  Path: r.path,
  RoleName: r.roleName,
  RoleId: r.roleId,
  Arn: r.arn,
  CreateDate: new Date(r.createDate),
  AssumeRolePolicyDocument: r.assumeRolePolicyDocument,
  ...(r.description !== undefined ? { Description: r.description } : {}),
  MaxSessionDuration: r.maxSessionDuration,
});

/** IAM lists in name order (case-insensitive), as the API answers. */
export const byName = <T>(nameOf: (item: T) => string) => (a: T, b: T) => nameOf(a).toLowerCase().localeCompare(nameOf(b).toLowerCase());
