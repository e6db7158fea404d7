/**
 * Which key states each key-management operation refuses, as the developer guide's
 * "Key states of AWS KMS keys" table has them. Operations absent here (DescribeKey,
 * GetKeyPolicy, PutKeyPolicy, ListKeyPolicies, ListResourceTags, DeleteAlias) work in every
 * state. Cryptographic operations use findUsableKey instead.
 */
import type { AwsError } from '../errors.ts';
import type { OperationContext } from '../operation.ts';
import { notPendingDeletion, pendingDeletion, pendingImport } from './kmsErrors.ts';
import { findKeyOrThrow } from './resolveKey.ts';
import type { KeyState, KmsKey } from './state.ts';

type Refusals = Partial<Record<KeyState, (key: KmsKey) => AwsError>>;

const onlyWhilePendingDeletion: Refusals = {
  Enabled: notPendingDeletion,
  Disabled: notPendingDeletion,
  PendingImport: notPendingDeletion,
};

const RULES = {
  CreateAlias: { PendingDeletion: pendingDeletion },
  UpdateAlias: { PendingDeletion: pendingDeletion },
  UpdateKeyDescription: { PendingDeletion: pendingDeletion },
  TagResource: { PendingDeletion: pendingDeletion },
  UntagResource: { PendingDeletion: pendingDeletion },
  ScheduleKeyDeletion: { PendingDeletion: pendingDeletion },
  EnableKey: { PendingDeletion: pendingDeletion, PendingImport: pendingImport },
  DisableKey: { PendingDeletion: pendingDeletion, PendingImport: pendingImport },
  CancelKeyDeletion: onlyWhilePendingDeletion,
} satisfies Record<string, Refusals>;

export type StateCheckedOperation = keyof typeof RULES;

/** The key named by `keyId`, if `operation` may act on it in its current state. */
export function findKeyFor(ctx: OperationContext, operation: StateCheckedOperation, keyId: string): KmsKey {
  const key = findKeyOrThrow(ctx, keyId);
  const refusal = (RULES[operation] as Refusals)[key.keyState];
  if (refusal) throw refusal(key);
  return key;
}
