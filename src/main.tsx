/**
 * Browser composition root: the only UI-side file that imports the engine. It builds the
 * account, opens the one door to it (the EngineClient) and hands that to the UI.
 */
import '@cloudscape-design/global-styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createInProcessClient } from './client/engineClient.ts';
import { createAccount, randomIds, systemClock } from './engine/index.ts';
import { App } from './ui/App.tsx';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { FatalError } from './ui/FatalError.tsx';
import { loadLocale } from './ui/hooks/useLocale.ts';

const ADMIN_ARN = 'arn:aws:iam::111122223333:user/Admin';

const root = createRoot(document.getElementById('root')!);
try {
  const account = await createAccount({ clock: systemClock, ids: randomIds(crypto), crypto });
  const session = {
    client: createInProcessClient(account, ADMIN_ARN),
    accountId: account.facts.accountId,
    region: account.facts.region,
    principalArn: ADMIN_ARN,
  };
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <App session={session} />
      </ErrorBoundary>
    </StrictMode>,
  );
} catch (error) {
  console.error('[main] the account could not be created', error);
  root.render(<FatalError locale={loadLocale()} title="app.loadFailed" error={error} />);
}
