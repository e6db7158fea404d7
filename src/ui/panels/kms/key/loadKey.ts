/** One key as its console page shows it: DescribeKey plus the aliases that point at it. */
import type { CallFailure, EngineClient } from '../../../../client/engineClient.ts';
import type { Result } from '../../../../shared/result.ts';
import { loadAliases, type KeyRow } from '../../../kms/loadKeys.ts';

export async function loadKey(client: EngineClient, as: string, keyId: string): Promise<Result<KeyRow, CallFailure>> {
  const [described, aliases] = await Promise.all([client.call('kms:DescribeKey', { KeyId: keyId }, { as }), loadAliases(client, as, keyId)]);
  if (!described.ok) return described;
  const names = aliases.ok ? aliases.value.map((a) => a.AliasName).sort() : [];
  return { ok: true, value: { ...described.value.KeyMetadata, aliases: names } };
}
