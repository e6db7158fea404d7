/** s3:DeleteObjectTagging — removes every tag (204), whether or not the object had any. */
import type { OperationContext } from '../operation.ts';
import { findBucket, findObject } from './buckets.ts';

export async function deleteObjectTagging(ctx: OperationContext, input: { Bucket: string; Key: string }): Promise<Record<string, never>> {
  delete findObject(findBucket(ctx, input.Bucket), input.Key).tags;
  return {};
}
