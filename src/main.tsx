/**
 * Browser composition root: the only UI-side file that imports the engine. It restores the
 * account from IndexedDB (or makes one), opens the one door to it (the EngineClient) and
 * hands that, with the account controls, to the UI.
 */
import '@cloudscape-design/global-styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LABS } from '../labs/index.ts';
import { registerObjectUrlWorker } from './client/objectUrls/registerObjectUrlWorker.ts';
import { serveObjectUrls } from './client/objectUrls/serveObjectUrls.ts';
import { startPersistentAccount } from './client/persistence/persistentAccount.ts';
import { ACCOUNT_ID, DEFAULT_REGION, randomIds, systemClock } from './engine/index.ts';
import { App } from './ui/App.tsx';
import { ErrorBoundary } from './ui/app/ErrorBoundary.tsx';
import { FatalError } from './ui/app/FatalError.tsx';
import { loadLocale } from './ui/hooks/useLocale.ts';
import { labWorkspace } from './ui/workspace/labWorkspace.ts';
import { persistWorkspace } from './ui/workspace/persistWorkspace.ts';

const ADMIN_ARN = `arn:aws:iam::${ACCOUNT_ID}:user/Admin`;

const root = createRoot(document.getElementById('root')!);
// The learner's files (keypolicy.json, downloads, redirects) come back after a reload.
persistWorkspace(labWorkspace, window.localStorage);
try {
  const { host, controls } = await startPersistentAccount({ clock: systemClock, ids: randomIds(crypto), crypto }, ADMIN_ARN);
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <App client={host.client} account={controls} accountId={ACCOUNT_ID} region={DEFAULT_REGION} principalArn={ADMIN_ARN} labs={LABS} />
      </ErrorBoundary>
    </StrictMode>,
  );
  // Object URLs opened in other tabs are answered by this tab's engine (src/serviceWorker).
  if ('serviceWorker' in navigator) {
    serveObjectUrls(host.client, navigator.serviceWorker, navigator.userAgent);
    registerObjectUrlWorker(navigator.serviceWorker);
  }
} catch (error) {
  console.error('[main] the account could not be created', error);
  root.render(<FatalError locale={loadLocale()} title="app.loadFailed" error={error} />);
}
