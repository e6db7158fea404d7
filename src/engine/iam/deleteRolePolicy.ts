import type { OperationContext } from '../operation.ts';
import { deleteInline } from './policyHolder.ts';

export type DeleteRolePolicyInput = { RoleName: string; PolicyName: string };

export async function deleteRolePolicy(ctx: OperationContext, input: DeleteRolePolicyInput): Promise<Record<string, never>> {
  return deleteInline(ctx, 'role', input.RoleName, input.PolicyName);
}
