/**
 * The account in IndexedDB. The snapshot is stored by structured clone, so the HSM's domain
 * key stays a non-extractable CryptoKey across reloads (toolchain.md, verified in Chromium).
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { AccountSnapshot } from '../../engine/index.ts';

const DB_NAME = 'kms-lab';
const STORE = 'account';
const KEY = 'snapshot';

export type AccountStore = {
  load(): Promise<unknown>;
  save(snapshot: AccountSnapshot): Promise<void>;
  clear(): Promise<void>;
};

export async function openAccountStore(): Promise<AccountStore> {
  const db: IDBPDatabase = await openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
    // An older tab holding version 1 open must not leave this one hanging forever.
    blocked() {
      throw new Error('IndexedDB is blocked by another tab of KMS Lab.');
    },
  });
  return {
    load: () => db.get(STORE, KEY),
    save: async (snapshot) => void (await db.put(STORE, snapshot, KEY)),
    clear: () => db.delete(STORE, KEY),
  };
}
