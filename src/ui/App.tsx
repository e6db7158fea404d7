/**
 * The page: providers (language, Cloudscape's own messages, the session) around the console
 * shell. Everything the page shows comes through the EngineClient it is given.
 */
import AppLayout from '@cloudscape-design/components/app-layout';
import { I18nProvider } from '@cloudscape-design/components/i18n';
import messagesEn from '@cloudscape-design/components/i18n/messages/all.en';
import messagesJa from '@cloudscape-design/components/i18n/messages/all.ja';
import { useEffect, useMemo, useState } from 'react';
import type { Locale } from '../i18n/i18n.ts';
import { ConsolePage } from './ConsolePage.tsx';
import { Header } from './Header.tsx';
import { Notifications } from './Notifications.tsx';
import { useFlashes } from './hooks/useFlashes.ts';
import { bindT, LocaleContext, loadLocale, saveLocale, type LocaleState } from './hooks/useLocale.ts';
import { SessionContext, type Session } from './hooks/useSession.ts';

const CLOUDSCAPE_MESSAGES = [messagesEn, messagesJa];

export function App({ session }: { session: Session }) {
  const [locale, setLocaleState] = useState<Locale>(loadLocale);
  const { flashes, dismiss, notify } = useFlashes();
  const localeState = useMemo<LocaleState>(
    () => ({ locale, t: bindT(locale), setLocale: (next) => { saveLocale(next); setLocaleState(next); } }),
    [locale],
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
          <div id="top-nav">
            <Header />
          </div>
          <AppLayout
            headerSelector="#top-nav"
            navigationHide
            toolsHide
            notifications={<Notifications flashes={flashes} onDismiss={dismiss} />}
            content={<ConsolePage notify={notify} />}
          />
        </SessionContext.Provider>
      </I18nProvider>
    </LocaleContext.Provider>
  );
}
