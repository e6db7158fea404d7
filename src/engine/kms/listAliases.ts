import type { OperationContext } from '../operation.ts';
import { pageSize, paginate } from './paginate.ts';
import { findKeyOrThrow } from './resolveKey.ts';

export type ListAliasesInput = { KeyId?: string; Limit?: number; Marker?: string };
export type AliasListEntry = { AliasName: string; AliasArn: string; TargetKeyId: string; CreationDate: Date; LastUpdatedDate: Date };
export type ListAliasesOutput = { Aliases: AliasListEntry[]; NextMarker?: string; Truncated: boolean };

/** All aliases in the account and Region, or only those of one key (named in any of its four forms). */
export async function listAliases(ctx: OperationContext, input: ListAliasesInput): Promise<ListAliasesOutput> {
  const keyId = input.KeyId === undefined ? undefined : findKeyOrThrow(ctx, input.KeyId).keyId;
  const entries = Object.values(ctx.account.state.kms.aliases)
    .filter((alias) => keyId === undefined || alias.targetKeyId === keyId)
    .sort((a, b) => a.aliasName.localeCompare(b.aliasName))
    .map((alias) => ({
      AliasName: alias.aliasName,
      AliasArn: alias.aliasArn,
      TargetKeyId: alias.targetKeyId,
      CreationDate: new Date(alias.creationDate),
      LastUpdatedDate: new Date(alias.lastUpdatedDate),
    }));
  const { items, ...rest } = paginate(entries, (entry) => entry.AliasName, pageSize(input.Limit, 50, 100), input.Marker);
  return { Aliases: items, ...rest };
}
