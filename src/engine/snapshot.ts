/**
 * Saving and restoring an account. The state is plain JSON; the HSM part holds CryptoKeys,
 * which IndexedDB stores by structured clone (still non-extractable). A snapshot names its
 * schema version so older saves can be migrated and broken ones refused with a clear error.
 */
import { createAccount, type Account, type AccountState } from './account.ts';
import type { HsmSnapshot } from './hsm/createHsm.ts';
import type { Platform } from './platform.ts';
import { withS3State } from './s3/state.ts';
import { err, ok, type Result } from '../shared/result.ts';

export const SNAPSHOT_VERSION = 1;

export type AccountSnapshot = { readonly version: number; readonly state: AccountState; readonly hsm: HsmSnapshot };

export function snapshotAccount(account: Account): AccountSnapshot {
  return { version: SNAPSHOT_VERSION, state: structuredClone(account.state), hsm: account.hsm.snapshot() };
}

function looksLikeState(value: unknown): value is AccountState {
  const s = value as AccountState | null;
  return !!s && typeof s === 'object' && typeof s.clockOffsetMs === 'number'
    && !!s.kms && typeof s.kms.keys === 'object' && typeof s.kms.aliases === 'object'
    // Saves from before grants existed have none; kms/grantStore.ts gives them an empty set.
    && (s.kms.grants === undefined || (!!s.kms.grants && typeof s.kms.grants === 'object'))
    && !!s.iam && typeof s.iam.users === 'object' && typeof s.iam.roles === 'object' && typeof s.iam.sessions === 'object' && !!s.cloudtrail && Array.isArray(s.cloudtrail.events)
    // Saves from before S3 existed have no s3 part; restore gives them an empty one.
    && (s.s3 === undefined || (!!s.s3 && typeof s.s3.buckets === 'object'));
}

/** Refuses (never throws) a snapshot from a newer lab, of the wrong shape, or whose key material does not unwrap. */
export async function restoreAccount(platform: Platform, snapshot: unknown): Promise<Result<Account, string>> {
  const s = snapshot as Partial<AccountSnapshot> | null;
  if (!s || typeof s !== 'object' || typeof s.version !== 'number') return err('The saved account is not a KMS Lab snapshot.');
  if (s.version > SNAPSHOT_VERSION) return err(`The saved account is from a newer KMS Lab (schema ${s.version}; this lab reads up to ${SNAPSHOT_VERSION}).`);
  if (!looksLikeState(s.state) || !s.hsm || typeof s.hsm.wrapped !== 'object') return err('The saved account is damaged: its state is incomplete.');
  try {
    return ok(await createAccount(platform, { restore: { state: withS3State(structuredClone(s.state)), hsm: s.hsm } }));
  } catch {
    return err('The saved account is damaged: its key material could not be restored.');
  }
}
