/**
 * The resources of a KMS record: [{accountId, type: "AWS::KMS::Key", ARN}] for each key the
 * call named or touched, derived from the call's input and output so handlers need not report
 * them. Alias operations list the alias ARN too, with the type AWS gives it (AWS::KMS::Key).
 */
import type { Account } from '../account.ts';
import { parseCiphertextBlob } from '../kms/ciphertextBlob.ts';
import type { RecordResource } from './state.ts';

type Members = Readonly<Record<string, unknown>>;

const asMembers = (v: unknown): Members => (typeof v === 'object' && v !== null ? (v as Members) : {});

/** The key ARN for an id, key ARN, alias name or alias ARN, if the key exists. */
export function findKeyArn(account: Account, keyIdLike: unknown): string | undefined {
  if (typeof keyIdLike !== 'string') return undefined;
  const { keys, aliases } = account.state.kms;
  const resource = keyIdLike.startsWith('arn:') ? keyIdLike.split(':').slice(5).join(':') : keyIdLike;
  if (resource.startsWith('alias/')) return keys[aliases[resource]?.targetKeyId ?? '']?.arn;
  return keys[resource.startsWith('key/') ? resource.slice(4) : resource]?.arn;
}

function blobKeyArn(account: Account, blob: unknown): string | undefined {
  if (!(blob instanceof Uint8Array)) return undefined;
  const parsed = parseCiphertextBlob(blob);
  return parsed ? account.state.kms.keys[parsed.keyId]?.arn : undefined;
}

/** Keys in the order AWS lists them: the source before the destination. */
export function keyArnsOf(account: Account, input: unknown, output: unknown): string[] {
  const i = asMembers(input);
  const o = asMembers(output);
  const metadata = asMembers(o.KeyMetadata);
  const named = findKeyArn(account, i.KeyId) ?? findKeyArn(account, i.TargetKeyId);
  // A Decrypt that names its key lists that key, even when the blob was made under another.
  const source = typeof o.SourceKeyId === 'string' ? o.SourceKeyId : findKeyArn(account, i.SourceKeyId) ?? (named ? undefined : blobKeyArn(account, i.CiphertextBlob));
  const candidates = [
    metadata.Arn,
    source,
    named,
    typeof o.KeyId === 'string' && o.KeyId.startsWith('arn:') ? o.KeyId : undefined,
    findKeyArn(account, i.DestinationKeyId),
  ];
  return [...new Set(candidates.filter((c): c is string => typeof c === 'string'))];
}

const ALIAS_FIRST = new Set(['UpdateAlias', 'DeleteAlias']);

/** `keyArns`: the call's keys (keyArnsOf), when the caller has them already. */
export function kmsResources(account: Account, name: string, input: unknown, output: unknown, keyArns: readonly string[] = keyArnsOf(account, input, output)): RecordResource[] {
  const { accountId, region, partition } = account.facts;
  const toResource = (ARN: string): RecordResource => ({ accountId, type: 'AWS::KMS::Key', ARN });
  const keys = keyArns.map(toResource);
  const aliasName = asMembers(input).AliasName;
  if (typeof aliasName !== 'string' || !aliasName.startsWith('alias/')) return keys;
  const alias = toResource(`arn:${partition}:kms:${region}:${accountId}:${aliasName}`);
  return ALIAS_FIRST.has(name) ? [alias, ...keys] : [...keys, alias];
}
