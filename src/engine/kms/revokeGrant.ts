import type { OperationContext } from '../operation.ts';
import { findGrantOfKey } from './findGrant.ts';
import { dryRunSucceeded } from './grantErrors.ts';
import { grantsOf } from './grantStore.ts';

export type RevokeGrantInput = { KeyId: string; GrantId: string; DryRun?: boolean };

/** Deletes a grant of a key, in any key state; authorized by policy (kms:RevokeGrant), like most operations. */
export async function revokeGrant(ctx: OperationContext, input: RevokeGrantInput): Promise<Record<string, never>> {
  const grant = findGrantOfKey(ctx, input.KeyId, input.GrantId);
  if (input.DryRun) throw dryRunSucceeded();
  delete grantsOf(ctx.account)[grant.grantId];
  return {};
}
