/**
 * What GetObject and HeadObject share: finding the object, refusing SSE-KMS objects to
 * anonymous and SigV2 callers (only SigV4, even when public — §6a; whether the caller may read
 * at all was decided by iam/authorizeS3.ts before), and the headers S3 describes it with.
 */
import type { OperationContext } from '../operation.ts';
import { findBucket, findObject } from './buckets.ts';
import { assertSigV4ForKms, sseOutputOf } from './requestedEncryption.ts';
import type { S3Bucket, S3Object } from './state.ts';
import { headersOutputOf } from './storeObject.ts';

export type ReadObjectInput = {
  Bucket: string;
  Key: string;
  Range?: string;
  ResponseContentType?: string;
  ResponseCacheControl?: string;
  ResponseContentDisposition?: string;
  ResponseContentEncoding?: string;
  ResponseContentLanguage?: string;
};

export function readableObject(ctx: OperationContext, input: ReadObjectInput): { bucket: S3Bucket; object: S3Object } {
  const bucket = findBucket(ctx, input.Bucket);
  // Authorization (iam/authorizeS3.ts) ran before this: a caller who may not read got AccessDenied, never NoSuchKey.
  const object = findObject(bucket, input.Key);
  assertSigV4ForKms(ctx, object.encryption.algorithm);
  return { bucket, object };
}

/** response-content-type and friends override the stored headers (presigned downloads use them). */
const overrides = (input: ReadObjectInput) => ({
  ...(input.ResponseContentType !== undefined ? { ContentType: input.ResponseContentType } : {}),
  ...(input.ResponseCacheControl !== undefined ? { CacheControl: input.ResponseCacheControl } : {}),
  ...(input.ResponseContentDisposition !== undefined ? { ContentDisposition: input.ResponseContentDisposition } : {}),
  ...(input.ResponseContentEncoding !== undefined ? { ContentEncoding: input.ResponseContentEncoding } : {}),
  ...(input.ResponseContentLanguage !== undefined ? { ContentLanguage: input.ResponseContentLanguage } : {}),
});

export const describeObject = (object: S3Object, input: ReadObjectInput) => ({
  AcceptRanges: 'bytes',
  LastModified: new Date(object.lastModified),
  ContentLength: object.size,
  ETag: object.etag,
  ...headersOutputOf(object),
  ...overrides(input),
  ...sseOutputOf(object.encryption),
});
