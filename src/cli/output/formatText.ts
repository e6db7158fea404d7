/**
 * `--output text`, after awscli/text.py: scalars of a dict on one tab-separated line (keys
 * sorted), nested values below it under their key's name in upper case, lists of dicts as
 * rows with the union of their scalar keys, lists of scalars on one line. Python's str():
 * True/False/None.
 */
import type { CliValue } from './toCliValue.ts';

type Dict = { [key: string]: CliValue };

const isDict = (value: CliValue): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNested = (value: CliValue | undefined) => typeof value === 'object' && value !== null;

function pyStr(value: CliValue | undefined): string {
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (value === null) return 'None';
  return String(value ?? '');
}

const sortedKeys = (keys: Iterable<string>) => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function formatDict(item: Dict, identifier: string | undefined, scalarKeys: string[] | undefined, out: string[]): void {
  const scalars: string[] = [];
  const nested: [string, CliValue][] = [];
  if (scalarKeys === undefined) {
    for (const key of sortedKeys(Object.keys(item))) {
      if (isNested(item[key])) nested.push([key, item[key]!]);
      else scalars.push(pyStr(item[key]));
    }
  } else {
    for (const key of scalarKeys) scalars.push(pyStr(item[key] ?? ''));
    for (const key of sortedKeys(Object.keys(item).filter((k) => !scalarKeys.includes(k)))) nested.push([key, item[key]!]);
  }
  if (scalars.length > 0) out.push([...(identifier === undefined ? [] : [identifier.toUpperCase()]), ...scalars].join('\t'));
  for (const [key, value] of nested) formatItem(value, key, undefined, out);
}

function formatScalarList(items: CliValue[], identifier: string | undefined, out: string[]): void {
  if (identifier === undefined) out.push(items.map(pyStr).join('\t'));
  else for (const item of items) out.push(`${identifier.toUpperCase()}\t${pyStr(item)}`);
}

function formatList(items: CliValue[], identifier: string | undefined, out: string[]): void {
  if (items.length === 0) return;
  if (items.some(isDict)) {
    const keys = new Set<string>();
    for (const item of items) if (isDict(item)) for (const [key, value] of Object.entries(item)) if (!isNested(value)) keys.add(key);
    const scalarKeys = sortedKeys(keys);
    for (const item of items) formatItem(item, identifier, scalarKeys, out);
  } else if (items.some(Array.isArray)) {
    const scalars = items.filter((item) => !isNested(item));
    if (scalars.length > 0) formatScalarList(scalars, identifier, out);
    for (const item of items.filter(isNested)) formatItem(item, identifier, undefined, out);
  } else {
    formatScalarList(items, identifier, out);
  }
}

function formatItem(item: CliValue, identifier: string | undefined, scalarKeys: string[] | undefined, out: string[]): void {
  if (isDict(item)) formatDict(item, identifier, scalarKeys, out);
  else if (Array.isArray(item)) formatList(item, identifier, out);
  else out.push(pyStr(item));
}

export function formatText(value: CliValue): string {
  const out: string[] = [];
  formatItem(value, undefined, undefined, out);
  return out.map((line) => `${line}\n`).join('');
}
