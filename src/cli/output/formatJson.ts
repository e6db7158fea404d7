/**
 * `--output json`: json.dump(response, indent=4, ensure_ascii=False) as awscli's
 * JSONFormatter writes it. An empty response ({}) prints nothing, which is why
 * `aws kms create-alias` is silent.
 */
import type { CliValue } from './toCliValue.ts';

export function formatJson(value: CliValue, queried: boolean): string {
  const isEmptyObject = typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
  if (isEmptyObject && !queried) return '';
  return `${JSON.stringify(value, null, 4)}\n`;
}
