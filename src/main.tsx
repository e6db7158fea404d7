/**
 * Browser composition root. The console shell renders as soon as the learner's language is
 * loaded; the engine, the account (restored from IndexedDB) and the EngineClient come in their
 * own chunk (src/startClient.ts), fetched at once but not waited for, and route content shows
 * a loading state until they are ready (ui/app/ClientGate.tsx). The first page stays light.
 */
import '@cloudscape-design/global-styles/index.css';
import { disableMotion } from '@cloudscape-design/global-styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LABS } from '../labs/index.ts';
import { ACCOUNT_ID, DEFAULT_REGION } from './shared/accountFacts.ts';
import { App } from './ui/App.tsx';
import { ErrorBoundary } from './ui/app/ErrorBoundary.tsx';
import { FatalError } from './ui/app/FatalError.tsx';
import { settleClient } from './ui/hooks/clientState.ts';
import { loadLocaleResources } from './ui/hooks/localeResources.ts';
import { loadLocale } from './ui/hooks/useLocale.ts';
import { labWorkspace } from './ui/workspace/labWorkspace.ts';
import { persistWorkspace } from './ui/workspace/persistWorkspace.ts';

// A flash message added while others are shown could stay in its entering state (opacity 0,
// seen in Chromium): an AccessDenied the learner never saw. Without motion every message is
// drawn at once.
disableMotion(true);

const ADMIN_ARN = `arn:aws:iam::${ACCOUNT_ID}:user/Admin`;

// Started before the first render, so the engine downloads while the shell paints.
const client = settleClient(import('./startClient.ts').then((m) => m.startClient(ADMIN_ARN)));
const root = createRoot(document.getElementById('root')!);
// The learner's files (keypolicy.json, downloads, redirects) come back after a reload.
persistWorkspace(labWorkspace, window.localStorage);
const locale = loadLocale();
try {
  const messages = await loadLocaleResources(locale);
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <App client={client} accountId={ACCOUNT_ID} region={DEFAULT_REGION} principalArn={ADMIN_ARN} labs={LABS} locale={locale} messages={messages} />
      </ErrorBoundary>
    </StrictMode>,
  );
} catch (error) {
  console.error('[main] the console could not start', error);
  root.render(<FatalError locale={locale} title="app.loadFailed" error={error} />);
}
