/**
 * The customer managed keys table, built the way the AWS console builds it: ListKeys, then
 * DescribeKey for each key, with ListAliases to show aliases next to their keys.
 */
import type { CallFailure, EngineClient } from '../../client/engineClient.ts';
import type { Result } from '../../shared/result.ts';
import { callKms, type AliasListEntry, type KeyMetadata } from './kmsApi.ts';

export type KeyRow = KeyMetadata & { readonly aliases: readonly string[] };

async function listAll<T>(page: (marker?: string) => Promise<Result<{ items: T[]; next?: string }, CallFailure>>): Promise<Result<T[], CallFailure>> {
  const all: T[] = [];
  let marker: string | undefined;
  do {
    const result = await page(marker);
    if (!result.ok) return result;
    all.push(...result.value.items);
    marker = result.value.next;
  } while (marker);
  return { ok: true, value: all };
}

export async function loadKeys(client: EngineClient, as: string): Promise<Result<KeyRow[], CallFailure>> {
  const [keys, aliases] = await Promise.all([
    listAll(async (Marker) => {
      const r = await callKms(client, 'kms:ListKeys', Marker ? { Marker } : {}, as);
      return r.ok ? { ok: true, value: { items: r.value.Keys ?? [], next: r.value.Truncated ? r.value.NextMarker : undefined } } : r;
    }),
    listAll<AliasListEntry>(async (Marker) => {
      const r = await callKms(client, 'kms:ListAliases', Marker ? { Marker } : {}, as);
      return r.ok ? { ok: true, value: { items: r.value.Aliases ?? [], next: r.value.Truncated ? r.value.NextMarker : undefined } } : r;
    }),
  ]);
  if (!keys.ok) return keys;
  if (!aliases.ok) return aliases;
  const described = await Promise.all(keys.value.map(({ KeyId }) => callKms(client, 'kms:DescribeKey', { KeyId }, as)));
  const rows: KeyRow[] = [];
  for (const result of described) {
    if (!result.ok) return result;
    const meta = result.value.KeyMetadata;
    // AWS managed keys have their own table in the console; this one lists the learner's keys.
    if (meta.KeyManager === 'AWS') continue;
    const names = aliases.value.filter((a) => a.TargetKeyId === meta.KeyId).map((a) => a.AliasName).sort();
    rows.push({ ...meta, aliases: names });
  }
  return { ok: true, value: rows };
}

/** What a learner recognises a key by: its first alias, else its id. */
export const keyLabel = (key: KeyRow): string => key.aliases[0] ?? key.KeyId;

/** AWS SDKs give Date, the wire gives epoch seconds; the console shows both the same way. */
export function toDate(value: Date | number | string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value < 1e12 ? value * 1000 : value);
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}
