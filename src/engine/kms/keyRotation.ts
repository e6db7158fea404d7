/**
 * What rotation means here: new HSM material appended to the key. Encrypt uses the newest;
 * the older generations stay so ciphertext made under them still decrypts.
 */
import type { Account } from '../account.ts';
import type { OperationContext } from '../operation.ts';
import type { KmsKey } from './state.ts';
import { unsupportedOrigin } from './cryptoErrors.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_ROTATION_PERIOD_DAYS = 365;
export const MIN_ROTATION_PERIOD_DAYS = 90;
export const MAX_ROTATION_PERIOD_DAYS = 2560;
/** AWS's quota of on-demand rotations per key (RotateKeyOnDemand reference, 2024–). */
export const ON_DEMAND_ROTATION_LIMIT = 25;

/** Imported key material cannot be rotated by KMS: the learner would have to import new material. */
export function assertRotatable(key: KmsKey): void {
  if (key.origin !== 'AWS_KMS') throw unsupportedOrigin(key);
}

export async function rotateMaterial(account: Account, key: KmsKey, rotationType: 'AUTOMATIC' | 'ON_DEMAND', at: number): Promise<void> {
  const materialId = await account.hsm.createMaterial();
  key.materials.push({ materialId, createdAt: at, rotationType });
}

export const onDemandRotationsOf = (key: KmsKey) => key.materials.filter((m) => m.rotationType === 'ON_DEMAND').length;

/** The instant a rotation enabled (or re-timed) at `from` is next due. */
export const nextRotationAfter = (from: number, periodInDays: number) => from + periodInDays * DAY_MS;

export const toDate = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms));

export type RotationContext = Pick<OperationContext, 'account' | 'now'>;
