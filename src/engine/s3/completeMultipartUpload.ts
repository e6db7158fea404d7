/**
 * s3:CompleteMultipartUpload — the listed parts, in ascending order, each but the last at
 * least 5 MiB, become one object sealed under the upload's encryption (SSE-KMS: its data key,
 * opened with kms:Decrypt as the caller). ETag: MD5 of the parts' MD5s, then "-N".
 */
import type { OperationContext } from '../operation.ts';
import { concatBytes } from '../../shared/bytes.ts';
import { malformedXml } from '../protocol/restXml/s3WireErrors.ts';
import { findBucket } from './buckets.ts';
import { multipartEtag } from './etag.ts';
import { findUpload, partBinding } from './findUpload.ts';
import { openDataKey, openWithS3Key, sealObject, sealWithDataKey } from './objectCrypto.ts';
import { assertSigV4ForKms, sseOutputOf } from './requestedEncryption.ts';
import { entityTooSmall, invalidPart, invalidPartOrder } from './s3Errors.ts';
import type { MultipartUpload } from './state.ts';
import { storeObject } from './storeObject.ts';

export type CompleteMultipartUploadInput = { Bucket: string; Key: string; UploadId: string; MultipartUpload?: { Parts?: { ETag?: string; PartNumber?: number }[] } };

const MIN_PART = 5 * 1024 * 1024;

async function assembled(ctx: OperationContext, upload: MultipartUpload, listed: { ETag?: string; PartNumber?: number }[]): Promise<{ bytes: Uint8Array; etags: string[] }> {
  const pieces: Uint8Array[] = [];
  const etags: string[] = [];
  let previous = 0;
  for (const [i, p] of listed.entries()) {
    const n = p.PartNumber ?? 0;
    if (n <= previous) throw invalidPartOrder(upload.uploadId);
    previous = n;
    const part = upload.parts[String(n)];
    const etag = p.ETag ?? '';
    if (!part || part.etag.replace(/"/g, '') !== etag.replace(/"/g, '')) throw invalidPart(upload.uploadId, n, etag);
    if (i < listed.length - 1 && part.size < MIN_PART) throw entityTooSmall(part.size);
    pieces.push(await openWithS3Key(ctx, part.data, partBinding(upload.uploadId, n)));
    etags.push(part.etag);
  }
  return { bytes: concatBytes(...pieces), etags };
}

export async function completeMultipartUpload(ctx: OperationContext, input: CompleteMultipartUploadInput) {
  const bucket = findBucket(ctx, input.Bucket);
  const upload = findUpload(bucket, input.Key, input.UploadId);
  assertSigV4ForKms(ctx, upload.encryption.algorithm);
  const listed = input.MultipartUpload?.Parts ?? [];
  if (listed.length === 0) throw malformedXml();
  const { bytes, etags } = await assembled(ctx, upload, listed);
  const encryption = upload.encryption;
  const sealed = encryption.algorithm === 'aws:kms'
    ? await sealWithDataKey(ctx, await openDataKey(ctx, encryption), bucket.name, input.Key, bytes)
    : (await sealObject(ctx, bucket.name, input.Key, bytes, { algorithm: 'AES256' })).sealed;
  const etag = multipartEtag(etags);
  const stored = { contentType: upload.contentType, metadata: upload.metadata, headers: upload.headers };
  storeObject(ctx, bucket, { key: input.Key, size: bytes.length, etag, stored, acl: upload.acl, encryption, sealed });
  delete bucket.uploads[upload.uploadId];
  return { Location: `https://${bucket.name}.s3.amazonaws.com/${encodeURI(input.Key)}`, Bucket: bucket.name, Key: input.Key, ETag: etag, ...sseOutputOf(encryption) };
}
