import type { OperationContext } from '../operation.ts';
import { findRole } from './iamEntities.ts';
import { mustDeletePolicies, mustDetachPolicies } from './iamErrors.ts';

export type DeleteRoleInput = { RoleName: string };

/** Only a role without policies goes; sessions already handed out stop working with it. */
export async function deleteRole(ctx: OperationContext, input: DeleteRoleInput): Promise<Record<string, never>> {
  const role = findRole(ctx, input.RoleName);
  if (Object.keys(role.inlinePolicies).length > 0) throw mustDeletePolicies();
  if (role.attachedPolicyArns.length > 0) throw mustDetachPolicies();
  const { iam } = ctx.account.state;
  delete iam.roles[role.roleName];
  for (const [keyId, session] of Object.entries(iam.sessions)) if (session.roleName === role.roleName) delete iam.sessions[keyId];
  return {};
}
