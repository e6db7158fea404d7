/**
 * The account export file. The state (which holds IAM secret keys) is sealed under the
 * passphrase key, so a wrong passphrase or any change to the file fails the AES-GCM tag; key
 * material is re-sealed by the HSM under the same key and never appears in the clear.
 */
import { restoreAccount, SNAPSHOT_VERSION, type Account } from '../../engine/index.ts';
import { fromBase64, toBase64 } from '../../shared/bytes.ts';
import { err, ok, type Result } from '../../shared/result.ts';
import type { AccountProblem } from './accountControls.ts';
import { openWith, passphraseKey, PBKDF2_ITERATIONS, sealWith, type KdfParams } from './passphraseKey.ts';

export const FILE_FORMAT = 'kms-lab-account';

type AccountFile = {
  readonly format: typeof FILE_FORMAT;
  readonly snapshotVersion: number;
  readonly kdf: KdfParams;
  /** base64(iv ‖ AES-GCM(passphrase key, JSON of the account state)). */
  readonly state: string;
  /** material id → base64(iv ‖ AES-GCM(passphrase key, material)), sealed by the HSM. */
  readonly material: Record<string, string>;
};

export async function exportAccountFile(account: Account, passphrase: string): Promise<string> {
  const crypto = account.platform.crypto;
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await passphraseKey(crypto, passphrase, salt, PBKDF2_ITERATIONS);
  const state = await sealWith(crypto, key, new TextEncoder().encode(JSON.stringify(account.state)));
  const file: AccountFile = {
    format: FILE_FORMAT,
    snapshotVersion: SNAPSHOT_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
    state: toBase64(state),
    material: await account.hsm.wrapAllUnder(key),
  };
  return JSON.stringify(file, null, 2);
}

function parseFile(text: string): Result<AccountFile, AccountProblem> {
  let file: Partial<AccountFile>;
  try {
    file = JSON.parse(text) as Partial<AccountFile>;
  } catch {
    return err('notAnExport');
  }
  const kdf = file?.kdf;
  if (!file || file.format !== FILE_FORMAT || typeof file.state !== 'string' || typeof file.material !== 'object' || file.material === null
    || !kdf || kdf.name !== 'PBKDF2' || typeof kdf.salt !== 'string' || !Number.isInteger(kdf.iterations) || kdf.iterations < 1) {
    return err('notAnExport');
  }
  if (typeof file.snapshotVersion !== 'number' || file.snapshotVersion > SNAPSHOT_VERSION) return err('newerVersion');
  return ok(file as AccountFile);
}

/**
 * A new account from the file, or why not. The caller's account is never touched: the
 * restored one is built beside it, its material moved under a fresh domain key.
 */
export async function importAccountFile(like: Account, text: string, passphrase: string): Promise<Result<Account, AccountProblem>> {
  const parsed = parseFile(text);
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  const crypto = like.platform.crypto;
  const salt = fromBase64(file.kdf.salt);
  const sealedState = fromBase64(file.state);
  if (!salt || !sealedState) return err('notAnExport');
  const key = await passphraseKey(crypto, passphrase, salt, file.kdf.iterations);
  const stateBytes = await openWith(crypto, key, sealedState);
  if (!stateBytes) return err('wrongPassphrase');
  let state: unknown;
  try {
    state = JSON.parse(new TextDecoder().decode(stateBytes));
  } catch {
    return err('damaged');
  }
  const underExportKey = await restoreAccount(like.platform, { version: file.snapshotVersion, state, hsm: { domainKey: key, wrapped: file.material } });
  if (!underExportKey.ok) return err('damaged');
  const domainKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const wrapped = await underExportKey.value.hsm.wrapAllUnder(domainKey);
  const restored = await restoreAccount(like.platform, { version: SNAPSHOT_VERSION, state: underExportKey.value.state, hsm: { domainKey, wrapped } });
  return restored.ok ? restored : err('damaged');
}
