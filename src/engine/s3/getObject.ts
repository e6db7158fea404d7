/**
 * s3:GetObject. SSE-KMS objects are decrypted through kms:Decrypt as the caller, via S3, so a
 * caller without kms:Decrypt on the key, or a disabled key, fails here as S3 shows it.
 * A Range gives 206 with Content-Range (the wire layer sets the status).
 */
import type { OperationContext } from '../operation.ts';
import { byteRange } from './byteRange.ts';
import { openObject } from './objectCrypto.ts';
import { describeObject, readableObject, type ReadObjectInput } from './readObject.ts';

export async function getObject(ctx: OperationContext, input: ReadObjectInput) {
  const { bucket, object } = readableObject(ctx, input);
  const bytes = await openObject(ctx, bucket.name, object.key, object.encryption, object.sealed);
  const range = byteRange(input.Range, object.size);
  const described = describeObject(object, input);
  if (!range) return { ...described, Body: bytes };
  const body = bytes.slice(range.start, range.end + 1);
  return { ...described, Body: body, ContentLength: body.length, ContentRange: `bytes ${range.start}-${range.end}/${object.size}` };
}
