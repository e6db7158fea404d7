import type { OperationContext } from '../operation.ts';
import { toGrantListEntry, type GrantListOutput } from './grantListEntry.ts';
import { findGrantKey, grantsOfKey } from './grantStore.ts';
import { pageSize, paginate } from './paginate.ts';

export type ListGrantsInput = { KeyId: string; GrantId?: string; GranteePrincipal?: string; Limit?: number; Marker?: string };

/** The grants of one key (any key state), optionally only one grant id or one grantee; 50 a page by default, 100 at most. */
export async function listGrants(ctx: OperationContext, input: ListGrantsInput): Promise<GrantListOutput> {
  const key = findGrantKey(ctx, input.KeyId, 'manage');
  const grants = grantsOfKey(ctx.account, key.keyId).filter(
    (grant) =>
      (input.GrantId === undefined || grant.grantId === input.GrantId) &&
      (input.GranteePrincipal === undefined || grant.granteePrincipal === input.GranteePrincipal),
  );
  const { items, ...rest } = paginate(grants, (grant) => grant.grantId, pageSize(input.Limit, 50, 100), input.Marker);
  return { Grants: items.map((grant) => toGrantListEntry(ctx, grant)), ...rest };
}
