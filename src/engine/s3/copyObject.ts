/**
 * s3:CopyObject. The source is read as the caller (kms:Decrypt for an SSE-KMS source) and the
 * copy sealed afresh with the request's or the destination bucket's encryption — a copy does
 * not inherit its source's encryption. Metadata is copied unless MetadataDirective is REPLACE.
 */
import type { OperationContext } from '../operation.ts';
import { requestedAcl, type AclInput } from './acl.ts';
import { findBucket } from './buckets.ts';
import { copySourceOf } from './copySource.ts';
import { etagOf } from './etag.ts';
import { openObject, sealObject } from './objectCrypto.ts';
import { readableObject } from './readObject.ts';
import { requestedEncryption, sseOutputOf, type SseInput } from './requestedEncryption.ts';
import { invalidArgument, s3Error } from './s3Errors.ts';
import { storedHeadersOf, storeObject, type StoredHeadersInput } from './storeObject.ts';

export type CopyObjectInput = AclInput & SseInput & StoredHeadersInput & { Bucket: string; Key: string; CopySource: string; MetadataDirective?: string };

function parseCopySource(copySource: string): { bucket: string; key: string } {
  const source = copySourceOf(copySource);
  if (!source) throw invalidArgument('Invalid copy source object key', 'x-amz-copy-source', copySource);
  return source;
}

export async function copyObject(ctx: OperationContext, input: CopyObjectInput) {
  const source = parseCopySource(input.CopySource);
  const replace = input.MetadataDirective === 'REPLACE';
  if (source.bucket === input.Bucket && source.key === input.Key && !replace && input.ServerSideEncryption === undefined) {
    throw s3Error('InvalidRequest', "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.", 400);
  }
  const { bucket: sourceBucket, object } = readableObject(ctx, { Bucket: source.bucket, Key: source.key });
  const bucket = findBucket(ctx, input.Bucket);
  const bytes = await openObject(ctx, sourceBucket.name, object.key, object.encryption, object.sealed);
  const sse = requestedEncryption(bucket, input);
  const acl = requestedAcl(bucket, input) ?? 'private';
  const stored = replace ? storedHeadersOf(input) : { contentType: object.contentType, metadata: { ...object.metadata }, headers: { ...object.headers } };
  const { encryption, sealed } = await sealObject(ctx, bucket.name, input.Key, bytes, sse);
  const etag = etagOf(bytes, encryption.algorithm, sealed);
  const copy = storeObject(ctx, bucket, { key: input.Key, size: bytes.length, etag, stored, acl, encryption, sealed });
  return { CopyObjectResult: { ETag: etag, LastModified: new Date(copy.lastModified) }, ...sseOutputOf(encryption) };
}
