/** A lab's own words (labs/<id>/<locale>.json) in the learner's language, English where one is missing. */
import { fillParams, lookupMessage, type CheckResult, formatCheckResult } from '../../runner/index.ts';
import type { Locale } from '../../i18n/i18n.ts';
import type { LabCatalogEntry } from './labCatalog.ts';

export type LabText = (key: string, params?: Readonly<Record<string, string | number>>) => string;

export function labTextFor(entry: LabCatalogEntry, locale: Locale): LabText {
  return (key, params = {}) => {
    const text = lookupMessage(entry.text[locale], key) ?? lookupMessage(entry.text.en, key);
    // labs.test.ts proves every key exists in both languages; this shows a gap instead of hiding it.
    return text === undefined ? `[[${key}]]` : fillParams(text, params);
  };
}

export const checkWords = (result: CheckResult, locale: Locale): string => formatCheckResult(result, locale);
