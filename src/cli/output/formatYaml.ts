/**
 * `--output yaml`: block style, sequences not indented under their key (what the CLI's
 * ruamel.yaml dumper prints). yaml-stream prints the same document for a single page.
 */
import { stringify } from 'yaml';
import type { CliValue } from './toCliValue.ts';

export function formatYaml(value: CliValue): string {
  const isEmptyObject = typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
  if (isEmptyObject) return '{}\n';
  return stringify(value, { indentSeq: false, lineWidth: 0, singleQuote: true });
}
