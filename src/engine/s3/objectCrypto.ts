/**
 * Every object is ciphertext at rest. SSE-S3 (AES256) seals it under S3's own key in the HSM.
 * SSE-KMS is envelope encryption: S3 asks KMS for a data key (GenerateDataKey, as the caller,
 * via S3), encrypts the object with its plaintext half, forgets it, and keeps the encrypted half
 * beside the object; reading asks KMS to Decrypt that half again (protocols.md §6d–f).
 */
import type { GenerateDataKeyOutput } from '../kms/generateDataKey.ts';
import type { DecryptOutput } from '../kms/decrypt.ts';
import type { OperationContext } from '../operation.ts';
import { concatBytes, fromBase64, toBase64, utf8 } from '../../shared/bytes.ts';
import { awsManagedS3KeyArn } from './awsManagedKey.ts';
import { bucketArnOf, objectArnOf } from './buckets.ts';
import { kmsViaS3 } from './kmsViaS3.ts';
import { s3Error } from './s3Errors.ts';
import type { ObjectEncryption } from './state.ts';

export type SseRequest =
  | { readonly algorithm: 'AES256' }
  | { readonly algorithm: 'aws:kms'; readonly keyId?: string; readonly bucketKeyEnabled: boolean; readonly userContext?: Record<string, string> };

const IV_BYTES = 12;

/** S3's own SSE-S3 key: HSM material made the first time an object needs it. */
async function s3MaterialId(ctx: OperationContext): Promise<string> {
  const s3 = ctx.account.state.s3;
  s3.sseS3MaterialId ??= await ctx.account.hsm.createMaterial();
  return s3.sseS3MaterialId;
}

export async function sealWithS3Key(ctx: OperationContext, plaintext: Uint8Array, binding: string): Promise<string> {
  return toBase64(await ctx.account.hsm.seal(await s3MaterialId(ctx), plaintext, utf8(binding)));
}

export async function openWithS3Key(ctx: OperationContext, sealed: string, binding: string): Promise<Uint8Array> {
  const opened = await ctx.account.hsm.open(await s3MaterialId(ctx), fromBase64(sealed) ?? new Uint8Array(), utf8(binding));
  if (!opened) throw s3Error('InternalError', 'We encountered an internal error. Please try again.', 500);
  return opened;
}

const dataKeyAlgorithm = { name: 'AES-GCM', length: 256 } as const;

async function withDataKey(ctx: OperationContext, dataKey: Uint8Array, use: (key: CryptoKey) => Promise<ArrayBuffer>): Promise<Uint8Array> {
  const subtle = ctx.account.platform.crypto.subtle;
  try {
    return new Uint8Array(await use(await subtle.importKey('raw', dataKey as BufferSource, dataKeyAlgorithm, false, ['encrypt', 'decrypt'])));
  } finally {
    dataKey.fill(0);
  }
}

export const bindingOf = (bucket: string, key: string) => `kms-lab/s3/${bucket}/${key}`;

/** The object's KMS encryption context: its ARN, or the bucket's with a bucket key, merged over the caller's own pairs. */
export const kmsContextOf = (ctx: OperationContext, bucket: string, key: string, sse: SseRequest & { algorithm: 'aws:kms' }) =>
  ({ ...sse.userContext, 'aws:s3:arn': sse.bucketKeyEnabled ? bucketArnOf(ctx, bucket) : objectArnOf(ctx, bucket, key) });

/** Envelope step one: a fresh data key from KMS, as the caller, via S3. */
export async function newDataKey(ctx: OperationContext, bucket: string, key: string, sse: SseRequest & { algorithm: 'aws:kms' }) {
  const keyId = sse.keyId ?? (await awsManagedS3KeyArn(ctx));
  const context = kmsContextOf(ctx, bucket, key, sse);
  const dataKey = await kmsViaS3<GenerateDataKeyOutput>(ctx, 'kms:GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: context });
  return { plaintext: dataKey.Plaintext, encryption: { algorithm: 'aws:kms' as const, keyArn: dataKey.KeyId, bucketKeyEnabled: sse.bucketKeyEnabled, context, encryptedDataKey: toBase64(dataKey.CiphertextBlob) } };
}

/** The plaintext data key of an SSE-KMS object or upload: kms:Decrypt, as the caller, via S3. */
export async function openDataKey(ctx: OperationContext, encryption: ObjectEncryption & { algorithm: 'aws:kms' }): Promise<Uint8Array> {
  const input = { CiphertextBlob: fromBase64(encryption.encryptedDataKey) ?? new Uint8Array(), EncryptionContext: encryption.context };
  return (await kmsViaS3<DecryptOutput>(ctx, 'kms:Decrypt', input)).Plaintext;
}

/** Seals with a plaintext data key and then wipes it. */
export async function sealWithDataKey(ctx: OperationContext, dataKey: Uint8Array, bucket: string, key: string, plaintext: Uint8Array): Promise<string> {
  const iv = ctx.account.platform.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const params = { name: 'AES-GCM', iv, additionalData: utf8(bindingOf(bucket, key)) as BufferSource };
  const sealed = await withDataKey(ctx, dataKey, (k) => ctx.account.platform.crypto.subtle.encrypt(params, k, plaintext as BufferSource));
  return toBase64(concatBytes(iv, sealed));
}

export async function sealObject(ctx: OperationContext, bucket: string, key: string, plaintext: Uint8Array, sse: SseRequest): Promise<{ encryption: ObjectEncryption; sealed: string }> {
  if (sse.algorithm === 'AES256') return { encryption: { algorithm: 'AES256' }, sealed: await sealWithS3Key(ctx, plaintext, bindingOf(bucket, key)) };
  const dataKey = await newDataKey(ctx, bucket, key, sse);
  return { encryption: dataKey.encryption, sealed: await sealWithDataKey(ctx, dataKey.plaintext, bucket, key, plaintext) };
}

export async function openObject(ctx: OperationContext, bucket: string, key: string, encryption: ObjectEncryption, sealed: string): Promise<Uint8Array> {
  if (encryption.algorithm === 'AES256') return openWithS3Key(ctx, sealed, bindingOf(bucket, key));
  const dataKey = await openDataKey(ctx, encryption);
  const bytes = fromBase64(sealed) ?? new Uint8Array();
  const params = { name: 'AES-GCM', iv: bytes.subarray(0, IV_BYTES) as BufferSource, additionalData: utf8(bindingOf(bucket, key)) as BufferSource };
  return withDataKey(ctx, dataKey, (k) => ctx.account.platform.crypto.subtle.decrypt(params, k, bytes.subarray(IV_BYTES) as BufferSource));
}
