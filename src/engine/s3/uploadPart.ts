/** s3:UploadPart — parts 1–10000; a part uploaded again replaces the earlier one. */
import type { OperationContext } from '../operation.ts';
import { toHex } from '../../shared/bytes.ts';
import { findBucket } from './buckets.ts';
import { quoted } from './etag.ts';
import { findUpload, partBinding } from './findUpload.ts';
import { md5 } from './md5.ts';
import { sealWithS3Key } from './objectCrypto.ts';
import { assertSigV4ForKms, sseOutputOf } from './requestedEncryption.ts';
import { invalidArgument } from './s3Errors.ts';

export type UploadPartInput = { Bucket: string; Key: string; UploadId: string; PartNumber: number; Body?: Uint8Array };

export async function uploadPart(ctx: OperationContext, input: UploadPartInput) {
  const bucket = findBucket(ctx, input.Bucket);
  const upload = findUpload(bucket, input.Key, input.UploadId);
  assertSigV4ForKms(ctx, upload.encryption.algorithm);
  const n = input.PartNumber;
  if (!Number.isInteger(n) || n < 1 || n > 10000) throw invalidArgument('Part number must be an integer between 1 and 10000, inclusive', 'partNumber', String(n));
  const body = input.Body ?? new Uint8Array();
  const etag = quoted(toHex(md5(body)));
  upload.parts[String(n)] = { partNumber: n, etag, size: body.length, lastModified: ctx.now, data: await sealWithS3Key(ctx, body, partBinding(upload.uploadId, n)) };
  return { ETag: etag, ...sseOutputOf(upload.encryption) };
}
