/**
 * The page: providers (language, Cloudscape's own messages, the session) around the router.
 * Everything the console shows comes through the EngineClient it is given.
 */
import { I18nProvider } from '@cloudscape-design/components/i18n';
import messagesEn from '@cloudscape-design/components/i18n/messages/all.en';
import messagesJa from '@cloudscape-design/components/i18n/messages/all.ja';
import { RouterProvider } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import type { EngineClient } from '../client/engineClient.ts';
import type { AccountControls } from '../client/persistence/accountControls.ts';
import type { Locale } from '../i18n/i18n.ts';
import { bindT, LocaleContext, loadLocale, saveLocale, type LocaleState } from './hooks/useLocale.ts';
import { SessionContext, type Session } from './hooks/useSession.ts';
import { LabCatalogContext, type LabCatalogEntry } from './lab/labCatalog.ts';
import { LabProvider } from './lab/LabProvider.tsx';
import { router } from './router.ts';

const CLOUDSCAPE_MESSAGES = [messagesEn, messagesJa];

export type AppProps = {
  readonly client: EngineClient;
  readonly account: AccountControls;
  readonly accountId: string;
  readonly region: string;
  readonly principalArn: string;
  /** The labs the console offers (labs/index.ts, wired by main.tsx). */
  readonly labs: readonly LabCatalogEntry[];
};

export function App({ client, account, accountId, region, principalArn: initialPrincipal, labs }: AppProps) {
  const [locale, setLocaleState] = useState<Locale>(loadLocale);
  const [principalArn, setPrincipalArn] = useState(initialPrincipal);
  const localeState = useMemo<LocaleState>(
    () => ({ locale, t: bindT(locale), setLocale: (next) => { saveLocale(next); setLocaleState(next); } }),
    [locale],
  );
  const session = useMemo<Session>(
    () => ({ client, account, accountId, region, principalArn, setPrincipalArn }),
    [client, account, accountId, region, principalArn],
  );

  // Screen readers and the browser's font choice (Japanese glyphs) follow the page language.
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${localeState.t('app.title')} – ${localeState.t('app.service')}`;
  }, [locale, localeState]);

  return (
    <LocaleContext.Provider value={localeState}>
      <I18nProvider locale={locale} messages={CLOUDSCAPE_MESSAGES}>
        <SessionContext.Provider value={session}>
          <LabCatalogContext.Provider value={labs}>
            <LabProvider>
              <RouterProvider router={router} />
            </LabProvider>
          </LabCatalogContext.Provider>
        </SessionContext.Provider>
      </I18nProvider>
    </LocaleContext.Provider>
  );
}
