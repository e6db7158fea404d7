/** s3:GetObjectTagging — the object's tag set; an untagged object answers an empty TagSet, not an error. */
import type { OperationContext } from '../operation.ts';
import { findBucket, findObject } from './buckets.ts';
import { toTagSet } from './tagSet.ts';

export async function getObjectTagging(ctx: OperationContext, input: { Bucket: string; Key: string }) {
  const object = findObject(findBucket(ctx, input.Bucket), input.Key);
  return { TagSet: toTagSet(object.tags) };
}
