import type { OperationContext } from '../operation.ts';
import { attach } from './policyHolder.ts';

export type AttachUserPolicyInput = { UserName: string; PolicyArn: string };

/** Attaches an AWS managed or customer managed policy to the user. */
export async function attachUserPolicy(ctx: OperationContext, input: AttachUserPolicyInput): Promise<Record<string, never>> {
  return attach(ctx, 'user', input.UserName, input.PolicyArn);
}
