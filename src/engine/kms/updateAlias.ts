import type { OperationContext } from '../operation.ts';
import { assertCustomerAliasName, getAlias } from './aliasName.ts';
import { assertNamesAKey } from './createAlias.ts';
import { findKeyFor } from './keyStateRules.ts';

export type UpdateAliasInput = { AliasName: string; TargetKeyId: string };

/**
 * Points an existing alias at another key. The old key's state does not matter; the new
 * one must not be pending deletion (footnote 10 of the key-states table).
 */
export async function updateAlias(ctx: OperationContext, input: UpdateAliasInput): Promise<Record<string, never>> {
  assertCustomerAliasName(input.AliasName);
  const alias = getAlias(ctx, input.AliasName);
  assertNamesAKey(input.TargetKeyId);
  alias.targetKeyId = findKeyFor(ctx, 'UpdateAlias', input.TargetKeyId).keyId;
  alias.lastUpdatedDate = ctx.now;
  return {};
}
