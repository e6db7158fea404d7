/**
 * The rules KMS applies to tags beyond the model's lengths: no duplicate keys in one request,
 * at most 50 tags on a key, and the aws: prefix (in any case) belongs to AWS.
 */
import { tagError } from './kmsErrors.ts';
import type { Tag } from './state.ts';

const MAX_TAGS_PER_KEY = 50;

const isReserved = (tagKey: string) => tagKey.toLowerCase().startsWith('aws:');

export function assertTagKeysWritable(tagKeys: readonly string[]): void {
  if (tagKeys.some(isReserved)) throw tagError('Tags beginning with aws: are reserved');
}

/** The key's tags after `incoming` is applied: same key → new value, as TagResource documents. */
export function mergeTags(existing: readonly Tag[], incoming: readonly Tag[]): Tag[] {
  const keys = incoming.map((tag) => tag.TagKey);
  if (new Set(keys).size !== keys.length) throw tagError('Duplicate tag keys');
  assertTagKeysWritable(keys);
  const merged = new Map(existing.map((tag) => [tag.TagKey, tag.TagValue]));
  for (const tag of incoming) merged.set(tag.TagKey, tag.TagValue);
  if (merged.size > MAX_TAGS_PER_KEY) throw tagError('Too many tags');
  return [...merged].map(([TagKey, TagValue]) => ({ TagKey, TagValue }));
}
