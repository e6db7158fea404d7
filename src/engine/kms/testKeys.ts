/**
 * Keys for the crypto and rotation tests, put straight into state with real HSM material,
 * because CreateKey lives in another change. Test-only: nothing outside *.test.ts imports it.
 */
import { nowOf } from '../account.ts';
import type { TestAccount } from '../testing/testAccount.ts';
import type { KeyState, KmsKey } from './state.ts';

export type TestKeyOptions = { keyState?: KeyState; origin?: KmsKey['origin']; keyId?: string };

let serial = 0;

export async function putTestKey(t: TestAccount, options: TestKeyOptions = {}): Promise<KmsKey> {
  const { account } = t;
  const now = nowOf(account);
  serial += 1;
  const keyId = options.keyId ?? `1234abcd-12ab-34cd-56ef-${serial.toString(16).padStart(12, '0')}`;
  const origin = options.origin ?? 'AWS_KMS';
  const materials = origin === 'EXTERNAL' ? [] : [{ materialId: await account.hsm.createMaterial(), createdAt: now }];
  const key: KmsKey = {
    keyId,
    arn: `arn:aws:kms:us-east-1:111122223333:key/${keyId}`,
    description: '',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    origin,
    keyManager: 'CUSTOMER',
    keyState: options.keyState ?? (origin === 'EXTERNAL' ? 'PendingImport' : 'Enabled'),
    creationDate: now,
    policy: '{}',
    tags: [],
    rotation: { enabled: false },
    materials,
  };
  account.state.kms.keys[keyId] = key;
  return key;
}

export const bytes = (text: string) => new TextEncoder().encode(text);
export const text = (data: Uint8Array) => new TextDecoder().decode(data);

/** testAccount()'s fixed clock starts here (testing/seededIds.ts). */
export const TEST_START = Date.UTC(2026, 0, 15, 9, 0, 0);
export const DAY = 24 * 60 * 60 * 1000;
