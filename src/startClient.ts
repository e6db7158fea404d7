/**
 * The engine's half of the browser composition root, fetched as its own chunk by main.tsx
 * while the console shell is already on screen: it restores the account from IndexedDB (or
 * makes one), opens the one door to it (the EngineClient) and answers object URLs from other
 * tabs. Everything the engine drags in (models, protocols, fflate, idb) loads with it.
 */
import { registerObjectUrlWorker } from './client/objectUrls/registerObjectUrlWorker.ts';
import { serveObjectUrls } from './client/objectUrls/serveObjectUrls.ts';
import { startPersistentAccount } from './client/persistence/persistentAccount.ts';
import { randomIds, systemClock } from './engine/index.ts';
import type { ReadyClient } from './ui/hooks/clientState.ts';

export async function startClient(principalArn: string): Promise<ReadyClient> {
  const { host, controls } = await startPersistentAccount({ clock: systemClock, ids: randomIds(crypto), crypto }, principalArn);
  // Object URLs opened in other tabs are answered by this tab's engine (src/serviceWorker).
  if ('serviceWorker' in navigator) {
    serveObjectUrls(host.client, navigator.serviceWorker, navigator.userAgent);
    registerObjectUrlWorker(navigator.serviceWorker);
  }
  return { client: host.client, account: controls };
}
