/**
 * The page: providers (language, Cloudscape's own messages, the session) around the router.
 * The shell renders at once; the EngineClient arrives later (`client`, see hooks/clientState.ts)
 * and everything the console shows comes through it.
 */
import { I18nProvider, type I18nProviderProps } from '@cloudscape-design/components/i18n';
import { RouterProvider } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { LOCALES, type Locale } from '../i18n/i18n.ts';
import { ClientStateContext, useSettledClient, type ClientState } from './hooks/clientState.ts';
import { loadLocaleResources } from './hooks/localeResources.ts';
import { bindT, LocaleContext, saveLocale, type LocaleState } from './hooks/useLocale.ts';
import { SessionContext, ShellContext, type Session, type ShellFacts } from './hooks/useSession.ts';
import { LabCatalogContext, type LabListing } from './lab/labCatalog.ts';
import { LabProvider } from './lab/LabProvider.tsx';
import { router } from './router.ts';

export type AppProps = {
  /** The engine's start, settled: the console shell does not wait for it. */
  readonly client: Promise<ClientState>;
  readonly accountId: string;
  readonly region: string;
  readonly principalArn: string;
  /** The labs the console offers (labs/index.ts, wired by main.tsx); each loads when opened. */
  readonly labs: readonly LabListing[];
  /** The learner's language and Cloudscape's messages in it, loaded before the first render. */
  readonly locale: Locale;
  readonly messages: I18nProviderProps.Messages;
};

export function App({ client: clientStart, accountId, region, principalArn: initialPrincipal, labs, locale: initialLocale, messages: initialMessages }: AppProps) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const [messages, setMessages] = useState<readonly I18nProviderProps.Messages[]>([initialMessages]);
  const [principalArn, setPrincipalArn] = useState(initialPrincipal);
  const clientState = useSettledClient(clientStart);
  const localeState = useMemo<LocaleState>(() => ({
    locale,
    t: bindT(locale),
    // The other language is usually prefetched by now; if not, the switch waits for it.
    setLocale: (next) => void loadLocaleResources(next).then((loaded) => {
      saveLocale(next);
      setMessages((all) => (all.includes(loaded) ? all : [...all, loaded]));
      setLocaleState(next);
    }, (error: unknown) => console.warn('[i18n] could not load', next, error)),
  }), [locale]);
  const shell = useMemo<ShellFacts>(() => ({ accountId, region, principalArn, setPrincipalArn }), [accountId, region, principalArn]);
  const ready = clientState.status === 'ready' ? clientState.ready : undefined;
  const session = useMemo<Session | null>(() => (ready ? { ...shell, client: ready.client, account: ready.account } : null), [ready, shell]);

  // Screen readers and the browser's font choice (Japanese glyphs) follow the page language.
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${localeState.t('app.title')} – ${localeState.t('app.service')}`;
  }, [locale, localeState]);

  // Once the engine is up and the page is idle, fetch the other language so a switch is instant.
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => LOCALES.forEach((l) => void loadLocaleResources(l).catch(() => undefined)), 2000);
    return () => clearTimeout(timer);
  }, [ready]);

  return (
    <LocaleContext.Provider value={localeState}>
      <I18nProvider locale={locale} messages={[...messages]}>
        <ShellContext.Provider value={shell}>
          <ClientStateContext.Provider value={clientState}>
            <SessionContext.Provider value={session}>
              <LabCatalogContext.Provider value={labs}>
                <LabProvider>
                  <RouterProvider router={router} />
                </LabProvider>
              </LabCatalogContext.Provider>
            </SessionContext.Provider>
          </ClientStateContext.Provider>
        </ShellContext.Provider>
      </I18nProvider>
    </LocaleContext.Provider>
  );
}
