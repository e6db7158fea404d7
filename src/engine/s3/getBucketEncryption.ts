/** s3:GetBucketEncryption — every bucket has a default (SSE-S3 unless set), as in AWS since 2023. */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';
import { encryptionConfigurationNotFound } from './s3Errors.ts';

export async function getBucketEncryption(ctx: OperationContext, input: { Bucket: string }) {
  const bucket = findBucket(ctx, input.Bucket);
  const e = bucket.encryption;
  if (!e) throw encryptionConfigurationNotFound(bucket.name);
  const byDefault = { SSEAlgorithm: e.sseAlgorithm, ...(e.kmsMasterKeyId !== undefined ? { KMSMasterKeyID: e.kmsMasterKeyId } : {}) };
  return { ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: byDefault, BucketKeyEnabled: e.bucketKeyEnabled }] } };
}
