/**
 * Encryption context grant constraints. In a constraint, keys are compared without regard to
 * case and values exactly (GrantConstraints in the API reference), unlike the context of a
 * cryptographic operation, which must match exactly.
 * - EncryptionContextSubset: the request's context includes every pair; it may have more.
 * - EncryptionContextEquals: the request's context has exactly these pairs.
 */
import type { GrantConstraints } from './state.ts';

type Context = Readonly<Record<string, string>>;

/** Every pair of `inner` is in `outer` (keys case-insensitively, values exactly). */
export function includesPairs(outer: Context, inner: Context): boolean {
  const byKey = new Map<string, string[]>();
  for (const [key, value] of Object.entries(outer)) byKey.set(key.toLowerCase(), [...(byKey.get(key.toLowerCase()) ?? []), value]);
  return Object.entries(inner).every(([key, value]) => byKey.get(key.toLowerCase())?.includes(value) ?? false);
}

export function constraintsSatisfied(constraints: GrantConstraints | undefined, context: Context): boolean {
  const { EncryptionContextEquals: equals, EncryptionContextSubset: subset } = constraints ?? {};
  if (subset && !includesPairs(context, subset)) return false;
  if (equals && !(includesPairs(context, equals) && includesPairs(equals, context))) return false;
  return true;
}

/**
 * Whether a child grant's constraints are at least as strict as its parent's, the rule for a
 * grant created with a grant's CreateGrant permission: an Equals parent needs the same Equals;
 * a Subset parent needs an Equals or a Subset that includes all its pairs.
 */
export function constraintsAtLeastAsStrict(parent: GrantConstraints | undefined, child: GrantConstraints | undefined): boolean {
  const { EncryptionContextEquals: equals, EncryptionContextSubset: subset } = parent ?? {};
  const childEquals = child?.EncryptionContextEquals;
  const childSubset = child?.EncryptionContextSubset;
  if (equals && !(childEquals && includesPairs(childEquals, equals) && includesPairs(equals, childEquals))) return false;
  if (subset && !((childEquals && includesPairs(childEquals, subset)) || (childSubset && includesPairs(childSubset, subset)))) return false;
  return true;
}
