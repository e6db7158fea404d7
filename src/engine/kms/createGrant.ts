import type { OperationContext } from '../operation.ts';
import { dryRunSucceeded, invalidPrincipal } from './grantErrors.ts';
import { assertOperationsFitKey } from './grantOperationRules.ts';
import { isKnownPrincipal } from './grantPrincipals.ts';
import { findGrantKey, grantsOf, grantsOfKey } from './grantStore.ts';
import { assertGrantTokens, newGrantId, newGrantToken } from './grantToken.ts';
import type { Grant, GrantConstraints, GrantOperation } from './state.ts';

export type CreateGrantInput = {
  KeyId: string;
  GranteePrincipal: string;
  Operations: GrantOperation[];
  RetiringPrincipal?: string;
  Constraints?: GrantConstraints;
  GrantTokens?: string[];
  Name?: string;
  DryRun?: boolean;
};
export type CreateGrantOutput = { GrantToken: string; GrantId: string };

/** Pairs in a stable order, so two constraints compare equal whatever order they were sent in. */
const canonical = (context: Readonly<Record<string, string>> | undefined) =>
  context === undefined ? null : Object.entries(context).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const parametersOf = (grant: Pick<Grant, 'granteePrincipal' | 'retiringPrincipal' | 'operations' | 'constraints'>) =>
  JSON.stringify([
    grant.granteePrincipal,
    grant.retiringPrincipal ?? null,
    [...new Set(grant.operations)].sort(),
    canonical(grant.constraints?.EncryptionContextEquals),
    canonical(grant.constraints?.EncryptionContextSubset),
  ]);

function constraintsOf(input: CreateGrantInput): GrantConstraints | undefined {
  const { EncryptionContextEquals, EncryptionContextSubset } = input.Constraints ?? {};
  if (!EncryptionContextEquals && !EncryptionContextSubset) return undefined;
  return { ...(EncryptionContextSubset ? { EncryptionContextSubset } : {}), ...(EncryptionContextEquals ? { EncryptionContextEquals } : {}) };
}

/**
 * A grant on a usable key. With a Name, retrying with identical parameters returns the grant
 * that already exists instead of a duplicate, with a fresh token (the API reference, Name).
 */
export async function createGrant(ctx: OperationContext, input: CreateGrantInput): Promise<CreateGrantOutput> {
  const key = findGrantKey(ctx, input.KeyId, 'create');
  for (const principal of [input.GranteePrincipal, input.RetiringPrincipal]) {
    if (principal !== undefined && !isKnownPrincipal(ctx.account, principal)) throw invalidPrincipal(principal);
  }
  assertOperationsFitKey(key, input.Operations);
  assertGrantTokens(input.GrantTokens);
  const requested = {
    keyId: key.keyId,
    granteePrincipal: input.GranteePrincipal,
    ...(input.RetiringPrincipal !== undefined ? { retiringPrincipal: input.RetiringPrincipal } : {}),
    operations: [...new Set(input.Operations)],
    ...(constraintsOf(input) ? { constraints: constraintsOf(input) } : {}),
  };
  const same = input.Name === undefined
    ? undefined
    : grantsOfKey(ctx.account, key.keyId).find((grant) => grant.name === input.Name && parametersOf(grant) === parametersOf(requested));
  if (input.DryRun) throw dryRunSucceeded();
  if (same) return { GrantToken: await newGrantToken(ctx, same.grantId), GrantId: same.grantId };
  const grantId = await newGrantId(ctx);
  grantsOf(ctx.account)[grantId] = {
    grantId,
    ...requested,
    ...(input.Name !== undefined ? { name: input.Name } : {}),
    creationDate: ctx.now,
    issuingAccount: `arn:${ctx.account.facts.partition}:iam::${ctx.account.facts.accountId}:root`,
  };
  return { GrantToken: await newGrantToken(ctx, grantId), GrantId: grantId };
}
