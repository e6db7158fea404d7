import type { OperationContext } from '../operation.ts';
import { assertAcceptableKeyPolicy } from '../iam/keyPolicyLockout.ts';
import { noSuchPolicy } from './kmsErrors.ts';
import { findKeyOrThrow } from './resolveKey.ts';

export type PutKeyPolicyInput = { KeyId: string; PolicyName?: string; Policy: string; BypassPolicyLockoutSafetyCheck?: boolean };

/** Replaces the key policy; allowed in every key state, so a learner can repair a policy on a key pending deletion. */
export async function putKeyPolicy(ctx: OperationContext, input: PutKeyPolicyInput): Promise<Record<string, never>> {
  const key = findKeyOrThrow(ctx, input.KeyId);
  if ((input.PolicyName ?? 'default') !== 'default') throw noSuchPolicy();
  assertAcceptableKeyPolicy(ctx, input.Policy, input.BypassPolicyLockoutSafetyCheck, key);
  key.policy = input.Policy;
  return {};
}
