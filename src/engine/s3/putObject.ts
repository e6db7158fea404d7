/**
 * s3:PutObject. The bytes are sealed before they are stored (SSE-S3, or SSE-KMS through a
 * GenerateDataKey call S3 makes as the caller); the ETag is the MD5 of the data for SSE-S3
 * and opaque for SSE-KMS. Content-MD5, when sent, must match.
 */
import type { OperationContext } from '../operation.ts';
import { fromBase64, toBase64 } from '../../shared/bytes.ts';
import { requestedAcl, type AclInput } from './acl.ts';
import { findBucket } from './buckets.ts';
import { etagOf } from './etag.ts';
import { md5 } from './md5.ts';
import { sealObject } from './objectCrypto.ts';
import { assertSigV4ForKms, requestedEncryption, sseOutputOf, type SseInput } from './requestedEncryption.ts';
import { s3Error } from './s3Errors.ts';
import { storedHeadersOf, storeObject, type StoredHeadersInput } from './storeObject.ts';

export type PutObjectInput = AclInput & SseInput & StoredHeadersInput & { Bucket: string; Key: string; Body?: Uint8Array; ContentMD5?: string };

function assertContentMd5(body: Uint8Array, claimed: string | undefined): void {
  if (claimed === undefined) return;
  const digest = fromBase64(claimed);
  if (!digest || digest.length !== 16) throw s3Error('InvalidDigest', 'The Content-MD5 you specified was invalid.', 400, { 'Content-MD5': claimed });
  const computed = toBase64(md5(body));
  if (computed !== claimed) throw s3Error('BadDigest', 'The Content-MD5 you specified did not match what we received.', 400, { ExpectedDigest: claimed, CalculatedDigest: computed });
}

export async function putObject(ctx: OperationContext, input: PutObjectInput) {
  const bucket = findBucket(ctx, input.Bucket);
  const body = input.Body ?? new Uint8Array();
  assertContentMd5(body, input.ContentMD5);
  const sse = requestedEncryption(bucket, input);
  assertSigV4ForKms(ctx, sse.algorithm);
  const acl = requestedAcl(bucket, input) ?? 'private';
  const { encryption, sealed } = await sealObject(ctx, bucket.name, input.Key, body, sse);
  const etag = etagOf(body, encryption.algorithm, sealed);
  storeObject(ctx, bucket, { key: input.Key, size: body.length, etag, stored: storedHeadersOf(input), acl, encryption, sealed });
  return { ETag: etag, ...sseOutputOf(encryption) };
}
