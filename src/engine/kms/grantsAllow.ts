/**
 * Grants in authorization, for the policy evaluator. A grant can only allow, never deny; an
 * explicit deny in a policy still wins. It allows exactly the operations it names, to its
 * grantee (a role's grant covers the role's sessions), within its encryption context
 * constraints where the operation takes an encryption context.
 *
 * Grant tokens: AWS may need a few minutes before a new grant is in effect everywhere, and a
 * request that carries the grant's token may use it at once. The lab's grants are in effect as
 * soon as CreateGrant returns, so a token changes nothing here; a token that is not a grant
 * token is refused (assertGrantTokens in grantToken.ts).
 */
import type { OperationContext } from '../operation.ts';
import { constraintsAtLeastAsStrict, constraintsSatisfied } from './grantConstraintsMatch.ts';
import { CONSTRAINT_FREE } from './grantOperationRules.ts';
import { isGrantPrincipal } from './grantPrincipals.ts';
import { grantsOfKey } from './grantStore.ts';
import type { Grant, GrantConstraints, KmsKey } from './state.ts';

/** 'kms:Decrypt' or 'Decrypt' → 'Decrypt'. */
const operationOf = (action: string) => (action.startsWith('kms:') ? action.slice('kms:'.length) : action);

/** The first grant on `key` that allows the caller `action` with this encryption context, if any. */
export function findMatchingGrant(
  ctx: OperationContext,
  key: KmsKey,
  action: string,
  encryptionContext: Readonly<Record<string, string>> | undefined,
): Grant | undefined {
  const operation = operationOf(action);
  return grantsOfKey(ctx.account, key.keyId).find(
    (grant) =>
      (grant.operations as readonly string[]).includes(operation) &&
      isGrantPrincipal(grant.granteePrincipal, ctx.principal) &&
      (CONSTRAINT_FREE.has(operation) || constraintsSatisfied(grant.constraints, encryptionContext ?? {})),
  );
}

/**
 * Whether `parent` (a grant that allows CreateGrant) covers the grant being created: a subset
 * of its operations, with constraints at least as strict as its own.
 */
export function grantCoversChild(parent: Grant, operations: readonly string[], constraints: GrantConstraints | undefined): boolean {
  return operations.every((operation) => (parent.operations as readonly string[]).includes(operation))
    && constraintsAtLeastAsStrict(parent.constraints, constraints);
}
