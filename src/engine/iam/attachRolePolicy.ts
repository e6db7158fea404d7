import type { OperationContext } from '../operation.ts';
import { attach } from './policyHolder.ts';

export type AttachRolePolicyInput = { RoleName: string; PolicyArn: string };

/** Attaches an AWS managed or customer managed policy to the role. */
export async function attachRolePolicy(ctx: OperationContext, input: AttachRolePolicyInput): Promise<Record<string, never>> {
  return attach(ctx, 'role', input.RoleName, input.PolicyArn);
}
