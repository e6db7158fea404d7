/**
 * The browser's account: restored from IndexedDB at start, saved (debounced) after every
 * mutating call and every clock change, owned by one tab at a time. Reset, export and import
 * replace the account behind the one client; failures leave a clear status, never a blank page.
 */
import { createAccount, restoreAccount, snapshotAccount, type Account, type Platform } from '../../engine/index.ts';
import { err, ok } from '../../shared/result.ts';
import { createAccountHost, type AccountHost } from '../accountHost.ts';
import type { AccountControls, StorageStatus } from './accountControls.ts';
import { exportAccountFile, importAccountFile } from './accountFile.ts';
import { openAccountStore, type AccountStore } from './indexedDbStore.ts';
import { createOwnership } from './tabOwnership.ts';

const SAVE_DELAY_MS = 250;
const SAVE_MAX_WAIT_MS = 2000;
const MIN_PASSPHRASE = 8;

const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

async function openStore(): Promise<AccountStore | undefined> {
  try {
    return await openAccountStore();
  } catch (e) {
    console.warn('[storage] IndexedDB unavailable', e);
    return undefined;
  }
}

export async function startPersistentAccount(platform: Platform, principalArn: string): Promise<{ host: AccountHost; controls: AccountControls }> {
  const listeners = new Set<(s: StorageStatus) => void>();
  let status: StorageStatus = { kind: 'memoryOnly', reason: 'unavailable' };
  const setStatus = (next: StorageStatus) => {
    status = next;
    for (const l of listeners) l(next);
  };
  const store = await openStore();
  const ownership = createOwnership(typeof navigator !== 'undefined' ? navigator.locks : undefined);
  let writable = false;
  const lost = () => {
    writable = false;
    setStatus({ kind: 'memoryOnly', reason: 'otherTab' });
  };
  const owner = store ? await ownership.claim(lost) : false;

  const loadSaved = async (): Promise<Account | StorageStatus | undefined> => {
    if (!store) return undefined;
    try {
      const saved = await store.load();
      if (saved === undefined) return undefined;
      const restored = await restoreAccount(platform, saved);
      return restored.ok ? restored.value : { kind: 'failed', detail: restored.error };
    } catch (e) {
      return { kind: 'failed', detail: describe(e) };
    }
  };

  const saved = await loadSaved();
  const account = saved && 'hsm' in saved ? saved : await createAccount(platform);
  const host = createAccountHost(account, principalArn);
  if (saved && !('hsm' in saved)) setStatus(saved); // a damaged save is kept, not overwritten, until Reset
  else if (store && !owner) setStatus({ kind: 'memoryOnly', reason: 'otherTab' });
  else if (store) writable = true;

  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince: number | undefined;
  let lastCost = 0;
  const flush = async () => {
    clearTimeout(timer);
    timer = undefined;
    waitingSince = undefined;
    if (!store || !writable) return;
    setStatus({ kind: 'saving' });
    try {
      const start = Date.now();
      await store.save(snapshotAccount(host.current()));
      lastCost = Date.now() - start;
      setStatus({ kind: 'saved', at: Date.now() });
    } catch (e) {
      setStatus({ kind: 'failed', detail: describe(e) });
    }
  };
  // Debounced, but a steady stream of calls (a script in the terminal) is still saved: at the
  // latest SAVE_MAX_WAIT_MS after its first change, or ten times the last save's cost when saves
  // are slow (seconds with 100,000 CloudTrail events), so saving never takes over the tab.
  const schedule = () => {
    // A change waiting for its save is not saved yet: say so, rather than keep the last "Saved at".
    if (writable && status.kind === 'saved') setStatus({ kind: 'saving' });
    waitingSince ??= Date.now();
    const deadline = waitingSince + Math.max(SAVE_MAX_WAIT_MS, 10 * lastCost);
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), Math.max(0, Math.min(SAVE_DELAY_MS, deadline - Date.now())));
  };
  host.client.subscribe((event) => (event.type === 'time' || event.mutating) && schedule());
  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && timer && void flush());
    // A reload or a typed URL within the debounce would otherwise drop the last change.
    addEventListener('pagehide', () => timer && void flush());
  }
  await flush();

  const controls: AccountControls = {
    storage: () => status,
    subscribeStorage(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async reset() {
      host.replace(await createAccount(platform));
      if (store && status.kind === 'failed') writable = owner;
      await flush();
      return ok(undefined);
    },
    async exportAccount(passphrase) {
      if (passphrase.length < MIN_PASSPHRASE) return err('passphraseTooShort');
      return ok(new Blob([await exportAccountFile(host.current(), passphrase)], { type: 'application/json' }));
    },
    async importAccount(file, passphrase) {
      const imported = await importAccountFile(host.current(), await file.text(), passphrase);
      if (!imported.ok) return imported;
      host.replace(imported.value);
      await flush();
      return status.kind === 'failed' ? err('storageFailed') : ok(undefined);
    },
    takeOver() {
      void ownership.takeOver(lost).then(async () => {
        const latest = await loadSaved();
        if (latest && 'hsm' in latest) host.replace(latest);
        writable = !!store;
        await flush();
      });
    },
  };
  return { host, controls };
}
