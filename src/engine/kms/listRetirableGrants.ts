import type { OperationContext } from '../operation.ts';
import { toGrantListEntry, type GrantListOutput } from './grantListEntry.ts';
import { grantsOf } from './grantStore.ts';
import { pageSize, paginate } from './paginate.ts';

export type ListRetirableGrantsInput = { RetiringPrincipal: string; Limit?: number; Marker?: string };

/** Every grant in the account and Region, on any key, that names this retiring principal. */
export async function listRetirableGrants(ctx: OperationContext, input: ListRetirableGrantsInput): Promise<GrantListOutput> {
  const grants = Object.values(grantsOf(ctx.account))
    .filter((grant) => grant.retiringPrincipal === input.RetiringPrincipal)
    .sort((a, b) => a.creationDate - b.creationDate);
  const { items, ...rest } = paginate(grants, (grant) => grant.grantId, pageSize(input.Limit, 50, 100), input.Marker);
  return { Grants: items.map((grant) => toGrantListEntry(ctx, grant)), ...rest };
}
