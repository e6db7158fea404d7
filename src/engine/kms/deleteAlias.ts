import type { OperationContext } from '../operation.ts';
import { assertCustomerAliasName, getAlias } from './aliasName.ts';

export type DeleteAliasInput = { AliasName: string };

/** Removes the name only; the key it pointed to is untouched, whatever its state. */
export async function deleteAlias(ctx: OperationContext, input: DeleteAliasInput): Promise<Record<string, never>> {
  assertCustomerAliasName(input.AliasName);
  delete ctx.account.state.kms.aliases[getAlias(ctx, input.AliasName).aliasName];
  return {};
}
