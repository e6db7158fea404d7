/**
 * Which operations a grant may allow on a key of a given type. The developer guide: grants for
 * symmetric encryption keys cannot allow operations those keys do not support (Sign, Verify,
 * GetPublicKey, the HMAC operations, DeriveSharedSecret). The lab has symmetric keys only.
 */
import { operationNotAllowedForKey } from './grantErrors.ts';
import type { GrantOperation, KmsKey } from './state.ts';

const SYMMETRIC_ENCRYPTION: ReadonlySet<GrantOperation> = new Set<GrantOperation>([
  'Decrypt', 'Encrypt', 'GenerateDataKey', 'GenerateDataKeyWithoutPlaintext', 'ReEncryptFrom', 'ReEncryptTo',
  'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext', 'CreateGrant', 'RetireGrant', 'DescribeKey',
]);

/**
 * Grant constraints do not apply to these even when the grant has them (GrantConstraints in the
 * API reference); CreateGrant instead requires child grants to be at least as constrained.
 */
export const CONSTRAINT_FREE: ReadonlySet<string> = new Set(['DescribeKey', 'RetireGrant', 'CreateGrant']);

export function assertOperationsFitKey(key: KmsKey, operations: readonly GrantOperation[]): void {
  const refused = operations.find((operation) => !SYMMETRIC_ENCRYPTION.has(operation));
  if (refused) throw operationNotAllowedForKey(refused, key.keySpec);
}
