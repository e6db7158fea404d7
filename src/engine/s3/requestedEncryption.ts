/**
 * Which encryption a new object gets: the request's x-amz-server-side-encryption headers if
 * it sends them, else the bucket's default (SSE-S3 unless configured otherwise). Also the
 * response headers S3 reports it with, and §6a's rule that SSE-KMS needs SigV4.
 */
import type { OperationContext } from '../operation.ts';
import { fromBase64, fromUtf8 } from '../../shared/bytes.ts';
import type { SseRequest } from './objectCrypto.ts';
import { invalidArgument, kmsRequiresSigV4 } from './s3Errors.ts';
import type { ObjectEncryption, S3Bucket } from './state.ts';

export type SseInput = {
  ServerSideEncryption?: string;
  SSEKMSKeyId?: string;
  /** base64 of a JSON string map (x-amz-server-side-encryption-context). */
  SSEKMSEncryptionContext?: string;
  BucketKeyEnabled?: boolean;
};

function userContext(encoded: string | undefined): Record<string, string> | undefined {
  if (encoded === undefined) return undefined;
  const bytes = fromBase64(encoded);
  try {
    const parsed: unknown = bytes ? JSON.parse(fromUtf8(bytes)) : undefined;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && Object.values(parsed).every((v) => typeof v === 'string')) return parsed as Record<string, string>;
  } catch {
    // falls through to S3's error
  }
  // Wording not confirmed against AWS.
  throw invalidArgument('The header \'x-amz-server-side-encryption-context\' shall be Base64-encoded UTF-8 string holding JSON which represents a string-string map', 'x-amz-server-side-encryption-context', encoded);
}

export function requestedEncryption(bucket: S3Bucket, input: SseInput): SseRequest {
  const algorithm = input.ServerSideEncryption;
  if (algorithm !== undefined && algorithm !== 'AES256' && algorithm !== 'aws:kms') {
    throw invalidArgument('The encryption method specified is not supported', 'x-amz-server-side-encryption', algorithm);
  }
  if (input.SSEKMSKeyId !== undefined && algorithm !== 'aws:kms') {
    // LocalStack's AWS-recorded wording for a key id without aws:kms.
    throw invalidArgument('Server Side Encryption with AWS KMS managed key requires HTTP header x-amz-server-side-encryption : aws:kms', 'x-amz-server-side-encryption', 'null');
  }
  const fallback = bucket.encryption;
  if (algorithm === 'AES256') return { algorithm: 'AES256' };
  if (algorithm === 'aws:kms') {
    const context = userContext(input.SSEKMSEncryptionContext);
    const bucketKey = input.BucketKeyEnabled ?? (fallback?.sseAlgorithm === 'aws:kms' && fallback.bucketKeyEnabled);
    return { algorithm: 'aws:kms', ...(input.SSEKMSKeyId !== undefined ? { keyId: input.SSEKMSKeyId } : {}), bucketKeyEnabled: bucketKey, ...(context ? { userContext: context } : {}) };
  }
  if (fallback?.sseAlgorithm === 'aws:kms' || fallback?.sseAlgorithm === 'aws:kms:dsse') {
    return { algorithm: 'aws:kms', ...(fallback.kmsMasterKeyId !== undefined ? { keyId: fallback.kmsMasterKeyId } : {}), bucketKeyEnabled: fallback.bucketKeyEnabled };
  }
  return { algorithm: 'AES256' };
}

/** §6a: anonymous and SigV2 requests may not read or write SSE-KMS objects, public or not. */
export function assertSigV4ForKms(ctx: OperationContext, algorithm: string): void {
  if (algorithm !== 'aws:kms') return;
  if (ctx.principal.type === 'Anonymous' || ctx.source.signatureVersion === 'SigV2') throw kmsRequiresSigV4();
}

/** x-amz-server-side-encryption, -aws-kms-key-id (always the ARN) and -bucket-key-enabled (only when true). */
export function sseOutputOf(encryption: ObjectEncryption) {
  if (encryption.algorithm === 'AES256') return { ServerSideEncryption: 'AES256' };
  return { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: encryption.keyArn, ...(encryption.bucketKeyEnabled ? { BucketKeyEnabled: true } : {}) };
}
