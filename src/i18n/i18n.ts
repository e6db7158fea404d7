/**
 * The UI's own strings in Japanese and English. en.json is the source of truth: keys are typed
 * from it, so a misspelt key is a compile error, and ja.json must have the same shape.
 * AWS error codes and messages are never translated (AWS returns them in English); only the
 * explanations around them are.
 * Each catalogue is its own chunk: the page loads the learner's language before its first
 * render (loadCatalogue) and the other one only when asked for it.
 */
import type en from './en.json';

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** Most of the first learners read Japanese. */
export const DEFAULT_LOCALE: Locale = 'ja';
/** Each language names itself, so a learner can find theirs whatever is showing. */
export const LOCALE_NAMES: Record<Locale, string> = { ja: '日本語', en: 'English' };

type Catalogue = typeof en;
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type TranslationKey = Leaves<Catalogue>;
export type TranslationParams = Readonly<Record<string, string | number>>;

// Typing ja as the English catalogue makes a key missing from ja.json a compile error too.
const LOADERS: Record<Locale, () => Promise<Catalogue>> = {
  en: () => import('./en.json').then((m): Catalogue => m.default),
  ja: () => import('./ja.json').then((m): Catalogue => m.default),
};
const catalogues: Partial<Record<Locale, Catalogue>> = {};

/** Fetches a language's strings once; translate() needs them loaded. */
export async function loadCatalogue(locale: Locale): Promise<void> {
  catalogues[locale] ??= await LOADERS[locale]();
}

export const isLocale = (value: unknown): value is Locale => LOCALES.some((l) => l === value);

function lookup(catalogue: unknown, path: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const fill = (text: string, params: TranslationParams = {}) =>
  text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));

/** For keys built at run time (an AWS error code): undefined when there is no such string. */
export function findTranslation(locale: Locale, path: string, params?: TranslationParams): string | undefined {
  const text = lookup(catalogues[locale], path) ?? lookup(catalogues.en, path);
  return text === undefined ? undefined : fill(text, params);
}

export function translate(locale: Locale, key: TranslationKey, params?: TranslationParams): string {
  const text = lookup(catalogues[locale], key);
  if (text !== undefined) return fill(text, params);
  // Loud while developing and testing, quietly English (or the key) for learners.
  if (import.meta.env?.DEV) throw new Error(catalogues[locale] ? `i18n: no "${key}" in ${locale}.json` : `i18n: ${locale}.json is not loaded`);
  return fill(lookup(catalogues.en, key) ?? key, params);
}

/** Every key of a catalogue with its string, for the consistency test. */
export function flatten(catalogue: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(catalogue as Record<string, unknown>)) {
    if (typeof value === 'string') out[prefix + key] = value;
    else Object.assign(out, flatten(value, `${prefix}${key}.`));
  }
  return out;
}

export const placeholdersOf = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
