import type { OperationContext } from '../operation.ts';
import { checkPolicyDocument } from './checkPolicyDocument.ts';
import { entityAlreadyExists } from './iamErrors.ts';
import { iamArn, toRole, type RoleShape } from './iamEntities.ts';
import { iamId } from './iamIds.ts';
import type { IamRole } from './state.ts';

export type CreateRoleInput = {
  RoleName: string;
  AssumeRolePolicyDocument: string;
  Path?: string;
  Description?: string;
  MaxSessionDuration?: number;
};
export type CreateRoleOutput = { Role: RoleShape };

/** A role whose trust policy (a resource policy: it names principals) says who may assume it. */
export async function createRole(ctx: OperationContext, input: CreateRoleInput): Promise<CreateRoleOutput> {
  const { roles } = ctx.account.state.iam;
  if (Object.keys(roles).some((name) => name.toLowerCase() === input.RoleName.toLowerCase())) throw entityAlreadyExists('role', input.RoleName);
  checkPolicyDocument(input.AssumeRolePolicyDocument, 'trust');
  const path = input.Path ?? '/';
  const role: IamRole = {
    roleName: input.RoleName,
    roleId: iamId(ctx.account.platform.ids, 'AROA'),
    arn: iamArn(ctx, 'role', path, input.RoleName),
    path,
    createDate: ctx.now,
    assumeRolePolicyDocument: input.AssumeRolePolicyDocument,
    ...(input.Description !== undefined ? { description: input.Description } : {}),
    maxSessionDuration: input.MaxSessionDuration ?? 3600,
    inlinePolicies: {},
    attachedPolicyArns: [],
  };
  roles[input.RoleName] = role;
  return { Role: toRole(role) };
}
