/**
 * The keys tables, built the way the AWS console builds them: ListKeys, then DescribeKey for
 * each key, with ListAliases to show aliases next to their keys.
 */
import type { CallFailure, EngineClient } from '../../client/engineClient.ts';
import type { Result } from '../../shared/result.ts';
import type { AliasListEntry, KeyMetadata } from './kmsApi.ts';
import { listAll } from './listAll.ts';

export type KeyRow = KeyMetadata & { readonly aliases: readonly string[] };

export async function loadAliases(client: EngineClient, as: string, KeyId?: string): Promise<Result<AliasListEntry[], CallFailure>> {
  return listAll(async (Marker) => {
    const r = await client.call('kms:ListAliases', { ...(KeyId ? { KeyId } : {}), ...(Marker ? { Marker } : {}) }, { as });
    return r.ok ? { ok: true, value: { items: r.value.Aliases, truncated: r.value.Truncated, nextMarker: r.value.NextMarker } } : r;
  });
}

export async function loadKeys(client: EngineClient, as: string, manager: 'CUSTOMER' | 'AWS'): Promise<Result<KeyRow[], CallFailure>> {
  const [keys, aliases] = await Promise.all([
    listAll(async (Marker) => {
      const r = await client.call('kms:ListKeys', Marker ? { Marker } : {}, { as });
      return r.ok ? { ok: true, value: { items: r.value.Keys, truncated: r.value.Truncated, nextMarker: r.value.NextMarker } } : r;
    }),
    loadAliases(client, as),
  ]);
  if (!keys.ok) return keys;
  if (!aliases.ok) return aliases;
  const described = await Promise.all(keys.value.map(({ KeyId }) => client.call('kms:DescribeKey', { KeyId }, { as })));
  const rows: KeyRow[] = [];
  for (const result of described) {
    if (!result.ok) return result;
    const meta = result.value.KeyMetadata;
    // AWS managed and customer managed keys have a table each in the console.
    if (meta.KeyManager !== manager) continue;
    const names = aliases.value.filter((a) => a.TargetKeyId === meta.KeyId).map((a) => a.AliasName).sort();
    rows.push({ ...meta, aliases: names });
  }
  return { ok: true, value: rows };
}

/** What a learner recognises a key by: its first alias, else its id. */
export const keyLabel = (key: { aliases: readonly string[]; KeyId: string }): string => key.aliases[0] ?? key.KeyId;
