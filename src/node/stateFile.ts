/**
 * `--state FILE`: the endpoint's account kept on disk between runs. FILE holds the account
 * snapshot as JSON; FILE.key holds the raw HSM domain key (mode 0600) that the snapshot's key
 * material is wrapped under. The browser keeps its domain key as a non-extractable CryptoKey
 * in IndexedDB instead; a Node process has nowhere like that, so the key lives beside the state.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createAccount, restoreAccount, SNAPSHOT_VERSION, type Account, type Platform } from '../engine/index.ts';

type Loaded = { ok: true; value: Account } | { ok: false; error: string };

const DOMAIN_KEY_BYTES = 32;
export const keyFileOf = (stateFile: string) => `${stateFile}.key`;

const importDomainKey = (platform: Platform, raw: Uint8Array) =>
  platform.crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);

/** Writes to a temporary file first, so a crash mid-write never leaves a half-written state. */
function writeAtomically(path: string, data: string | Uint8Array) {
  writeFileSync(`${path}.tmp`, data, { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}

function readDomainKey(stateFile: string): Uint8Array | undefined {
  const keyFile = keyFileOf(stateFile);
  if (!existsSync(keyFile)) return undefined;
  return new Uint8Array(readFileSync(keyFile));
}

async function restoreFrom(platform: Platform, stateFile: string): Promise<Loaded> {
  const raw = readDomainKey(stateFile);
  if (!raw) return { ok: false, error: `${stateFile}: its key file ${keyFileOf(stateFile)} is missing, so the saved key material cannot be unwrapped.` };
  if (raw.length !== DOMAIN_KEY_BYTES) return { ok: false, error: `${keyFileOf(stateFile)}: not a ${DOMAIN_KEY_BYTES}-byte key.` };
  let parsed: { hsm?: object } | null;
  try {
    parsed = JSON.parse(readFileSync(stateFile, 'utf8')) as { hsm?: object } | null;
  } catch (error) {
    return { ok: false, error: `${stateFile}: not a saved KMS Lab account (${error instanceof Error ? error.message : String(error)}).` };
  }
  const domainKey = await importDomainKey(platform, raw);
  const snapshot = parsed && typeof parsed === 'object' && parsed.hsm ? { ...parsed, hsm: { ...parsed.hsm, domainKey } } : parsed;
  const restored = await restoreAccount(platform, snapshot);
  return restored.ok ? restored : { ok: false, error: `${stateFile}: ${restored.error}` };
}

/** A new account when FILE does not exist yet (reusing FILE.key if it does), else the saved one. */
export async function loadAccount(platform: Platform, stateFile: string): Promise<Loaded> {
  if (existsSync(stateFile)) return restoreFrom(platform, stateFile);
  let raw = readDomainKey(stateFile);
  if (!raw) {
    raw = platform.crypto.getRandomValues(new Uint8Array(DOMAIN_KEY_BYTES));
    writeAtomically(keyFileOf(stateFile), raw);
  }
  const account = await createAccount(platform, { domainKey: await importDomainKey(platform, raw) });
  saveAccount(account, stateFile);
  return { ok: true, value: account };
}

export function saveAccount(account: Account, stateFile: string): void {
  // JSON straight from the live state: snapshotAccount's structured clone would double the
  // cost of a save (seconds with 100,000 CloudTrail events) for a copy JSON does not need.
  // The domain key is in FILE.key; a CryptoKey would serialize as {} anyway.
  const { wrapped } = account.hsm.snapshot();
  writeAtomically(stateFile, JSON.stringify({ version: SNAPSHOT_VERSION, state: account.state, hsm: { wrapped } }));
}
