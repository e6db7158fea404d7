import type { OperationContext } from '../operation.ts';
import { assertTagKeysWritable } from './assertValidTags.ts';
import { findKeyFor } from './keyStateRules.ts';

export type UntagResourceInput = { KeyId: string; TagKeys: string[] };

/** Removing a tag the key does not have is not an error, as in AWS. */
export async function untagResource(ctx: OperationContext, input: UntagResourceInput): Promise<Record<string, never>> {
  const key = findKeyFor(ctx, 'UntagResource', input.KeyId);
  assertTagKeysWritable(input.TagKeys);
  const removed = new Set(input.TagKeys);
  key.tags = key.tags.filter((tag) => !removed.has(tag.TagKey));
  return {};
}
