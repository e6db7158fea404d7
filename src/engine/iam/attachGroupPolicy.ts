import type { OperationContext } from '../operation.ts';
import { attach } from './policyHolder.ts';

export type AttachGroupPolicyInput = { GroupName: string; PolicyArn: string };

/** Attaches an AWS managed or customer managed policy to the group. */
export async function attachGroupPolicy(ctx: OperationContext, input: AttachGroupPolicyInput): Promise<Record<string, never>> {
  return attach(ctx, 'group', input.GroupName, input.PolicyArn);
}
