/**
 * Keys for the crypto and rotation tests, made through the real CreateKey and brought into
 * the state a test needs through the real DisableKey / ScheduleKeyDeletion. Test-only.
 */
import type { TestAccount } from '../testing/testAccount.ts';
import type { KeyState, KmsKey } from './state.ts';

export type TestKeyOptions = { keyState?: Extract<KeyState, 'Enabled' | 'Disabled' | 'PendingDeletion'>; origin?: KmsKey['origin'] };

export async function putTestKey(t: TestAccount, options: TestKeyOptions = {}): Promise<KmsKey> {
  const { KeyMetadata } = await t.ok('kms:CreateKey', options.origin === 'EXTERNAL' ? { Origin: 'EXTERNAL' } : {});
  const KeyId = KeyMetadata.KeyId;
  if (options.keyState === 'Disabled') await t.ok('kms:DisableKey', { KeyId });
  if (options.keyState === 'PendingDeletion') await t.ok('kms:ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
  const key = t.account.state.kms.keys[KeyId];
  if (!key) throw new Error(`CreateKey made no key ${KeyId}`);
  return key;
}

export const bytes = (text: string) => new TextEncoder().encode(text);
export const text = (data: Uint8Array) => new TextDecoder().decode(data);

/** testAccount()'s fixed clock starts here (testing/seededIds.ts). */
export const TEST_START = Date.UTC(2026, 0, 15, 9, 0, 0);
export const DAY = 24 * 60 * 60 * 1000;
