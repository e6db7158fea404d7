import type { OperationContext } from '../operation.ts';
import { detach } from './policyHolder.ts';

export type DetachRolePolicyInput = { RoleName: string; PolicyArn: string };

export async function detachRolePolicy(ctx: OperationContext, input: DetachRolePolicyInput): Promise<Record<string, never>> {
  return detach(ctx, 'role', input.RoleName, input.PolicyArn);
}
