/**
 * One language's strings for the whole page: ours (src/i18n) and Cloudscape's own messages
 * for its components. Only the learner's language comes with the first page; the other is
 * fetched when they switch, and prefetched once the page is idle so the switch feels instant.
 */
import type { I18nProviderProps } from '@cloudscape-design/components/i18n';
import { loadCatalogue, type Locale } from '../../i18n/i18n.ts';

type Messages = I18nProviderProps.Messages;

const CLOUDSCAPE: Record<Locale, () => Promise<Messages>> = {
  en: () => import('@cloudscape-design/components/i18n/messages/all.en').then((m) => m.default),
  ja: () => import('@cloudscape-design/components/i18n/messages/all.ja').then((m) => m.default),
};

const loading = new Map<Locale, Promise<Messages>>();

/** Resolves once translate() and Cloudscape can both speak `locale`; a failed fetch is retried next time. */
export function loadLocaleResources(locale: Locale): Promise<Messages> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = Promise.all([loadCatalogue(locale), CLOUDSCAPE[locale]()]).then(([, messages]) => messages);
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}
