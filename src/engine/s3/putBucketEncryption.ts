/** s3:PutBucketEncryption — the default for new objects: SSE-S3, or SSE-KMS with a key and optionally a bucket key. */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';
import { malformedXml } from '../protocol/restXml/s3WireErrors.ts';
import { invalidArgument } from './s3Errors.ts';
import type { DefaultEncryption } from './state.ts';

export type EncryptionRule = { ApplyServerSideEncryptionByDefault?: { SSEAlgorithm: string; KMSMasterKeyID?: string }; BucketKeyEnabled?: boolean };
export type PutBucketEncryptionInput = { Bucket: string; ServerSideEncryptionConfiguration: { Rules: EncryptionRule[] } };

const ALGORITHMS: readonly string[] = ['AES256', 'aws:kms', 'aws:kms:dsse'];

export async function putBucketEncryption(ctx: OperationContext, input: PutBucketEncryptionInput): Promise<Record<string, never>> {
  const bucket = findBucket(ctx, input.Bucket);
  const rule = input.ServerSideEncryptionConfiguration.Rules[0];
  const byDefault = rule?.ApplyServerSideEncryptionByDefault;
  if (!byDefault || !ALGORITHMS.includes(byDefault.SSEAlgorithm)) throw malformedXml();
  if (byDefault.KMSMasterKeyID !== undefined && byDefault.SSEAlgorithm === 'AES256') {
    // LocalStack's AWS-recorded wording.
    throw invalidArgument('a KMSMasterKeyID is not applicable if the default sse algorithm is not aws:kms or aws:kms:dsse', 'ApplyServerSideEncryptionByDefault', 'null');
  }
  const encryption: DefaultEncryption = {
    sseAlgorithm: byDefault.SSEAlgorithm as DefaultEncryption['sseAlgorithm'],
    ...(byDefault.KMSMasterKeyID !== undefined ? { kmsMasterKeyId: byDefault.KMSMasterKeyID } : {}),
    bucketKeyEnabled: rule.BucketKeyEnabled === true,
  };
  bucket.encryption = encryption;
  return {};
}
