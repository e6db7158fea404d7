/** s3:AbortMultipartUpload — its parts are discarded; 204. */
import type { OperationContext } from '../operation.ts';
import { assertAnonymousAllowed } from './anonymousAccess.ts';
import { findBucket } from './buckets.ts';
import { findUpload } from './findUpload.ts';

export async function abortMultipartUpload(ctx: OperationContext, input: { Bucket: string; Key: string; UploadId: string }): Promise<Record<string, never>> {
  const bucket = findBucket(ctx, input.Bucket);
  assertAnonymousAllowed(ctx, bucket, { action: 's3:AbortMultipartUpload', key: input.Key, acl: bucket.acl, needs: 'WRITE' });
  delete bucket.uploads[findUpload(bucket, input.Key, input.UploadId).uploadId];
  return {};
}
