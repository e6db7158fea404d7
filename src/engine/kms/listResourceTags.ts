import type { OperationContext } from '../operation.ts';
import { pageSize, paginate } from './paginate.ts';
import { findKeyOrThrow } from './resolveKey.ts';
import type { Tag } from './state.ts';

export type ListResourceTagsInput = { KeyId: string; Limit?: number; Marker?: string };
export type ListResourceTagsOutput = { Tags: Tag[]; NextMarker?: string; Truncated: boolean };

/** The key's tags in the order they were first added; works in every key state. */
export async function listResourceTags(ctx: OperationContext, input: ListResourceTagsInput): Promise<ListResourceTagsOutput> {
  const key = findKeyOrThrow(ctx, input.KeyId);
  const tags = key.tags.map((tag) => ({ ...tag }));
  const { items, ...rest } = paginate(tags, (tag) => tag.TagKey, pageSize(input.Limit, 50, 50), input.Marker);
  return { Tags: items, ...rest };
}
