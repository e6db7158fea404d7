import type { OperationContext } from '../operation.ts';
import { findRole, toRole, type RoleShape } from './iamEntities.ts';

export type GetRoleInput = { RoleName: string };
export type GetRoleOutput = { Role: RoleShape };

export async function getRole(ctx: OperationContext, input: GetRoleInput): Promise<GetRoleOutput> {
  return { Role: toRole(findRole(ctx, input.RoleName)) };
}
