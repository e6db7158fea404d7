/**
 * What PutObject, CopyObject and CompleteMultipartUpload share: the headers S3 keeps with an
 * object, and writing the object once its bytes are sealed.
 */
import type { OperationContext } from '../operation.ts';
import type { CannedAcl, ObjectEncryption, S3Bucket, S3Object } from './state.ts';

export type StoredHeadersInput = {
  ContentType?: string;
  CacheControl?: string;
  ContentDisposition?: string;
  ContentEncoding?: string;
  ContentLanguage?: string;
  Metadata?: Record<string, string>;
};

const KEPT = ['CacheControl', 'ContentDisposition', 'ContentEncoding', 'ContentLanguage'] as const;

export const storedHeadersOf = (input: StoredHeadersInput) => ({
  contentType: input.ContentType ?? 'binary/octet-stream',
  metadata: { ...input.Metadata },
  headers: Object.fromEntries(KEPT.filter((k) => input[k] !== undefined).map((k) => [k, input[k] as string])),
});

export type NewObject = {
  key: string;
  size: number;
  etag: string;
  stored: ReturnType<typeof storedHeadersOf>;
  acl: CannedAcl;
  encryption: ObjectEncryption;
  sealed: string;
};

export function storeObject(ctx: OperationContext, bucket: S3Bucket, o: NewObject): S3Object {
  const object: S3Object = {
    key: o.key, size: o.size, etag: o.etag, lastModified: ctx.now, contentType: o.stored.contentType, metadata: o.stored.metadata,
    headers: o.stored.headers, acl: o.acl, encryption: o.encryption, sealed: o.sealed,
  };
  bucket.objects[o.key] = object;
  return object;
}

/** The stored headers as output members (GetObject, HeadObject). */
export const headersOutputOf = (object: S3Object) => ({ ContentType: object.contentType, ...object.headers, ...(Object.keys(object.metadata).length > 0 ? { Metadata: { ...object.metadata } } : {}) });
