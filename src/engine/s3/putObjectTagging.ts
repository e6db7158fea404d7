/** s3:PutObjectTagging — replaces the object's whole tag set (at most 10 tags). */
import type { OperationContext } from '../operation.ts';
import { findBucket, findObject } from './buckets.ts';
import { OBJECT_TAG_LIMIT, toTagRecord, type Tagging } from './tagSet.ts';

export async function putObjectTagging(ctx: OperationContext, input: { Bucket: string; Key: string; Tagging: Tagging }): Promise<Record<string, never>> {
  const object = findObject(findBucket(ctx, input.Bucket), input.Key);
  const tags = toTagRecord(input.Tagging, OBJECT_TAG_LIMIT);
  if (Object.keys(tags).length === 0) delete object.tags;
  else object.tags = tags;
  return {};
}
