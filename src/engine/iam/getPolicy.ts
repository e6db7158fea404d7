import type { OperationContext } from '../operation.ts';
import { findManagedPolicy, toPolicy, type PolicyShape } from './managedPolicies.ts';

export type GetPolicyInput = { PolicyArn: string };
export type GetPolicyOutput = { Policy: PolicyShape };

/** The policy's metadata; its document is GetPolicyVersion's. */
export async function getPolicy(ctx: OperationContext, input: GetPolicyInput): Promise<GetPolicyOutput> {
  return { Policy: toPolicy(ctx.account, findManagedPolicy(ctx, input.PolicyArn), true) };
}
