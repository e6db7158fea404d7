/** The words for check results, in English and Japanese: `formatCheckResult(result, 'ja')`. */
import type { CheckResult } from './checks/checkKind.ts';
import en from './messages.en.json';
import ja from './messages.ja.json';

export type RunnerLocale = 'en' | 'ja';

export const RUNNER_MESSAGES: Readonly<Record<RunnerLocale, unknown>> = { en, ja };

/** The text under a dotted key, or undefined. */
export function lookupMessage(messages: unknown, key: string): string | undefined {
  const value = key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), messages);
  return typeof value === 'string' ? value : undefined;
}

export const fillParams = (text: string, params: Readonly<Record<string, string | number>>) =>
  text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

export function formatCheckResult(result: CheckResult, locale: RunnerLocale): string {
  const text = lookupMessage(RUNNER_MESSAGES[locale], result.detailKey) ?? lookupMessage(en, result.detailKey);
  // A missing key is a bug in the runner; messages.test.ts keeps every detailKey covered.
  return text === undefined ? `[[${result.detailKey}]]` : fillParams(text, result.params);
}
