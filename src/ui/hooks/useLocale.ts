/** The chosen language and a t() bound to it, for every component below <App>. */
import { createContext, useContext } from 'react';
import { DEFAULT_LOCALE, isLocale, translate, type Locale, type TranslationKey, type TranslationParams } from '../../i18n/i18n.ts';
import { InternalError } from '../../shared/assert.ts';

export type LocaleState = {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
  readonly t: (key: TranslationKey, params?: TranslationParams) => string;
};

export const LocaleContext = createContext<LocaleState | null>(null);

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new InternalError('useLocale outside <LocaleContext.Provider>');
  return state;
}

export const bindT = (locale: Locale): LocaleState['t'] => (key, params) => translate(locale, key, params);

const STORAGE_KEY = 'kms-lab.locale';

/** Storage can be blocked (private mode, policies); the lab then simply forgets the choice. */
export function loadLocale(): Locale {
  // A shared link (a classroom handout) may name the language: ?lang=en. It is remembered.
  const asked = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
  if (isLocale(asked)) {
    saveLocale(asked);
    return asked;
  }
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function saveLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering the language is better than failing to switch it.
  }
}
