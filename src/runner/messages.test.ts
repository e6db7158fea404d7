import { expect, it } from 'vitest';
import { textKeysOf } from '../../labs/labText.ts';
import { formatCheckResult } from './messages.ts';
import en from './messages.en.json';
import ja from './messages.ja.json';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;

it('has the same check messages in Japanese as in English, with the same placeholders', () => {
  const keys = textKeysOf(en);
  expect(textKeysOf(ja)).toEqual(keys);
  for (const key of keys) expect(placeholders(lookup(ja, key)), key).toEqual(placeholders(lookup(en, key)));
});

it('fills a result into words in either language', () => {
  const result = { passed: false, detailKey: 'keyExists.noAlias', params: { alias: 'alias/myFirstKey' } };
  expect(formatCheckResult(result, 'en')).toBe('Waiting for a key with alias alias/myFirstKey — none found.');
  expect(formatCheckResult(result, 'ja')).toBe('エイリアス alias/myFirstKey のキーを待っています — まだ見つかりません。');
});

it('marks a detail key that has no text instead of printing undefined', () => {
  expect(formatCheckResult({ passed: true, detailKey: 'keyExists.nothing', params: {} }, 'en')).toBe('[[keyExists.nothing]]');
});

it('has English text for every detail key a check kind can return', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const dir = new URL('./checks/', import.meta.url);
  const kinds = Object.keys(en);
  const used = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).flatMap((file) =>
    [...readFileSync(new URL(file, dir), 'utf8').matchAll(/'(\w+)\.(\w+)'/g)].filter((m) => kinds.includes(m[1]!)).map((m) => `${m[1]}.${m[2]}`));
  expect(used.length).toBeGreaterThan(40);
  expect(used.filter((key) => formatCheckResult({ passed: true, detailKey: key, params: {} }, 'en').startsWith('[['))).toEqual([]);
});
