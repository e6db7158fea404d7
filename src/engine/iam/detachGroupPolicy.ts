import type { OperationContext } from '../operation.ts';
import { detach } from './policyHolder.ts';

export type DetachGroupPolicyInput = { GroupName: string; PolicyArn: string };

export async function detachGroupPolicy(ctx: OperationContext, input: DetachGroupPolicyInput): Promise<Record<string, never>> {
  return detach(ctx, 'group', input.GroupName, input.PolicyArn);
}
