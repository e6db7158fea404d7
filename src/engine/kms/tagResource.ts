import type { OperationContext } from '../operation.ts';
import { mergeTags } from './assertValidTags.ts';
import { findKeyFor } from './keyStateRules.ts';
import type { Tag } from './state.ts';

export type TagResourceInput = { KeyId: string; Tags: Tag[] };

/** Adds tags or, for a key that is already there, replaces its value. */
export async function tagResource(ctx: OperationContext, input: TagResourceInput): Promise<Record<string, never>> {
  const key = findKeyFor(ctx, 'TagResource', input.KeyId);
  key.tags = mergeTags(key.tags, input.Tags);
  return {};
}
