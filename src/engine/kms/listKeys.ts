import type { OperationContext } from '../operation.ts';
import { pageSize, paginate } from './paginate.ts';

export type ListKeysInput = { Limit?: number; Marker?: string };
export type ListKeysOutput = { Keys: { KeyId: string; KeyArn: string }[]; NextMarker?: string; Truncated: boolean };

/** Every key in the account and Region, including disabled and pending-deletion ones. */
export async function listKeys(ctx: OperationContext, input: ListKeysInput): Promise<ListKeysOutput> {
  const keys = Object.values(ctx.account.state.kms.keys)
    .sort((a, b) => a.creationDate - b.creationDate || a.keyId.localeCompare(b.keyId))
    .map((key) => ({ KeyId: key.keyId, KeyArn: key.arn }));
  const { items, ...rest } = paginate(keys, (entry) => entry.KeyId, pageSize(input.Limit, 100, 1000), input.Marker);
  return { Keys: items, ...rest };
}
