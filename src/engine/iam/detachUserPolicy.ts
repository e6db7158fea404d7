import type { OperationContext } from '../operation.ts';
import { detach } from './policyHolder.ts';

export type DetachUserPolicyInput = { UserName: string; PolicyArn: string };

export async function detachUserPolicy(ctx: OperationContext, input: DetachUserPolicyInput): Promise<Record<string, never>> {
  return detach(ctx, 'user', input.UserName, input.PolicyArn);
}
