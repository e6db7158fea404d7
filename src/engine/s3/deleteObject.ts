/** s3:DeleteObject — 204 whether or not the key existed (unversioned buckets). */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';

export async function deleteObject(ctx: OperationContext, input: { Bucket: string; Key: string }): Promise<Record<string, never>> {
  const bucket = findBucket(ctx, input.Bucket);
  delete bucket.objects[input.Key];
  return {};
}
