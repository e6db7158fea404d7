import type { OperationContext } from '../operation.ts';
import { noSuchPolicy } from './kmsErrors.ts';
import { findKeyOrThrow } from './resolveKey.ts';

export type GetKeyPolicyInput = { KeyId: string; PolicyName?: string };
export type GetKeyPolicyOutput = { Policy: string; PolicyName: string };

/** A key has exactly one policy, named "default"; the text comes back exactly as it was stored. */
export async function getKeyPolicy(ctx: OperationContext, input: GetKeyPolicyInput): Promise<GetKeyPolicyOutput> {
  const key = findKeyOrThrow(ctx, input.KeyId);
  if ((input.PolicyName ?? 'default') !== 'default') throw noSuchPolicy();
  return { Policy: key.policy, PolicyName: 'default' };
}
