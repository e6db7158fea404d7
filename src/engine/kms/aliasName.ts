/** What makes an alias name one a learner may create, update or delete. */
import type { OperationContext } from '../operation.ts';
import { aliasNotFound, aliasPrefixRequired, reservedAlias } from './kmsErrors.ts';
import { aliasArnOf } from './resolveKey.ts';
import type { Alias } from './state.ts';

/** alias/… and not alias/aws/…, which AWS keeps for its AWS managed keys. */
export function assertCustomerAliasName(aliasName: string): void {
  if (!aliasName.startsWith('alias/')) throw aliasPrefixRequired();
  if (aliasName.startsWith('alias/aws/')) throw reservedAlias();
}

export function getAlias(ctx: OperationContext, aliasName: string): Alias {
  const alias = ctx.account.state.kms.aliases[aliasName];
  if (!alias) throw aliasNotFound(aliasArnOf(ctx, aliasName));
  return alias;
}
