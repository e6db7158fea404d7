/**
 * s3:CreateMultipartUpload — the AWS CLI's path for large files. Encryption is decided now;
 * for SSE-KMS, S3 gets the upload's data key from KMS now (kms:GenerateDataKey, so a bad or
 * disabled key fails here), and completing the upload will need kms:Decrypt.
 */
import type { OperationContext } from '../operation.ts';
import { requestedAcl, type AclInput } from './acl.ts';
import { findBucket } from './buckets.ts';
import { newDataKey } from './objectCrypto.ts';
import { assertSigV4ForKms, requestedEncryption, sseOutputOf, type SseInput } from './requestedEncryption.ts';
import type { ObjectEncryption } from './state.ts';
import { storedHeadersOf, type StoredHeadersInput } from './storeObject.ts';

export type CreateMultipartUploadInput = AclInput & SseInput & StoredHeadersInput & { Bucket: string; Key: string };

export async function createMultipartUpload(ctx: OperationContext, input: CreateMultipartUploadInput) {
  const bucket = findBucket(ctx, input.Bucket);
  const sse = requestedEncryption(bucket, input);
  assertSigV4ForKms(ctx, sse.algorithm);
  const acl = requestedAcl(bucket, input) ?? 'private';
  let encryption: ObjectEncryption = { algorithm: 'AES256' };
  if (sse.algorithm === 'aws:kms') {
    const dataKey = await newDataKey(ctx, bucket.name, input.Key, sse);
    dataKey.plaintext.fill(0);
    encryption = dataKey.encryption;
  }
  const uploadId = ctx.account.platform.ids.uuid().replace(/-/g, '');
  const { contentType, metadata, headers } = storedHeadersOf(input);
  bucket.uploads[uploadId] = { uploadId, key: input.Key, initiated: ctx.now, contentType, metadata, headers, acl, encryption, parts: {} };
  return { Bucket: bucket.name, Key: input.Key, UploadId: uploadId, ...sseOutputOf(encryption) };
}
