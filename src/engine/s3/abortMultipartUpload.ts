/** s3:AbortMultipartUpload — its parts are discarded; 204. */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';
import { findUpload } from './findUpload.ts';

export async function abortMultipartUpload(ctx: OperationContext, input: { Bucket: string; Key: string; UploadId: string }): Promise<Record<string, never>> {
  const bucket = findBucket(ctx, input.Bucket);
  delete bucket.uploads[findUpload(bucket, input.Key, input.UploadId).uploadId];
  return {};
}
