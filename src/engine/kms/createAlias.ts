import type { OperationContext } from '../operation.ts';
import { assertCustomerAliasName } from './aliasName.ts';
import { findKeyFor } from './keyStateRules.ts';
import { aliasAlreadyExists, kmsError } from './kmsErrors.ts';
import { aliasArnOf } from './resolveKey.ts';

export type CreateAliasInput = { AliasName: string; TargetKeyId: string };

/** TargetKeyId must name a key, not another alias (moto's wording; AWS's own not found in public records). */
export function assertNamesAKey(targetKeyId: string): void {
  if (targetKeyId.startsWith('alias/') || /^arn:[^:]*:kms:[^:]*:[^:]*:alias\//.test(targetKeyId)) {
    throw kmsError('ValidationException', 'Aliases must refer to keys. Not aliases');
  }
}

/** A new friendly name for a customer managed key; any state but PendingDeletion. */
export async function createAlias(ctx: OperationContext, input: CreateAliasInput): Promise<Record<string, never>> {
  assertCustomerAliasName(input.AliasName);
  const aliasArn = aliasArnOf(ctx, input.AliasName);
  if (ctx.account.state.kms.aliases[input.AliasName]) throw aliasAlreadyExists(aliasArn);
  assertNamesAKey(input.TargetKeyId);
  const key = findKeyFor(ctx, 'CreateAlias', input.TargetKeyId);
  ctx.account.state.kms.aliases[input.AliasName] = {
    aliasName: input.AliasName,
    aliasArn,
    targetKeyId: key.keyId,
    creationDate: ctx.now,
    lastUpdatedDate: ctx.now,
  };
  return {};
}
