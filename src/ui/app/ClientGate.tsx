/**
 * Route content waits here for the EngineClient (hooks/clientState.ts): a loading state while
 * the engine's chunk loads and the account is restored, and if it never comes, the reason and
 * a way out, inside the console frame rather than a blank page.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ReactNode } from 'react';
import { useClientState } from '../hooks/clientState.ts';
import { useLocale } from '../hooks/useLocale.ts';

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

export function ClientGate({ children }: { readonly children: ReactNode }) {
  const { t } = useLocale();
  const state = useClientState();
  if (state.status === 'ready') return children;
  if (state.status === 'failed') {
    // role="alert": announced at once, as the page's one piece of news.
    return (
      <div role="alert">
        <Alert type="error" header={t('app.loadFailed')} action={<Button onClick={() => location.reload()}>{t('app.reload')}</Button>}>
          <Box variant="p">{t('app.crashedHelp')}</Box>
          <Box variant="code">{describe(state.error)}</Box>
        </Alert>
      </div>
    );
  }
  return <LoadingContent />;
}

/** The route content's loading state: also shown while a route's own code is still arriving. */
export function LoadingContent() {
  const { t } = useLocale();
  return (
    <Box padding={{ vertical: 'xxxl' }} textAlign="center">
      <StatusIndicator type="loading">{t('app.starting')}</StatusIndicator>
    </Box>
  );
}
