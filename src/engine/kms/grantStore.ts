/**
 * Where grants live and how the grant operations find their key. Grants are kept by grant id
 * in the KMS state; a save from before grants existed has none, and gets an empty set here.
 */
import type { Account } from '../account.ts';
import type { OperationContext } from '../operation.ts';
import { aliasNotSupported } from './grantErrors.ts';
import { findKeyOrThrow, findUsableKey } from './resolveKey.ts';
import type { Grant, KmsKey } from './state.ts';

export function grantsOf(account: Account): Record<string, Grant> {
  const kms = account.state.kms as { grants?: Record<string, Grant> };
  return (kms.grants ??= {});
}

/** The grants of one key, oldest first. */
export const grantsOfKey = (account: Account, keyId: string): Grant[] =>
  Object.values(grantsOf(account))
    .filter((grant) => grant.keyId === keyId)
    .sort((a, b) => a.creationDate - b.creationDate);

const isAlias = (keyId: string) => keyId.startsWith('alias/') || /^arn:[^:]*:kms:[^:]*:[^:]*:alias\//.test(keyId);

/**
 * The key a grant operation names, by key id or key ARN only. CreateGrant needs a usable key
 * (the key-state table treats it like a cryptographic operation); the others work in any state.
 */
export function findGrantKey(ctx: OperationContext, keyId: string, usage: 'create' | 'manage'): KmsKey {
  if (isAlias(keyId)) throw aliasNotSupported();
  return usage === 'create' ? findUsableKey(ctx, keyId) : findKeyOrThrow(ctx, keyId);
}

/** Every grant of the key is removed with it (key deletion). */
export function removeGrantsOfKey(account: Account, keyId: string): void {
  const grants = grantsOf(account);
  for (const grant of Object.values(grants)) {
    if (grant.keyId === keyId) delete grants[grant.grantId];
  }
}
