/** kms:Decrypt — the blob names its key, so KeyId is optional; if given, it must match. */
import type { OperationContext } from '../operation.ts';
import { asInput, optionalBlob, optionalContext, optionalString, required } from './kmsInput.ts';
import { badLength } from './cryptoErrors.ts';
import { findUsableKey } from './resolveKey.ts';
import { assertSymmetricAlgorithm, openBlob, SYMMETRIC_DEFAULT } from './symmetricCiphertext.ts';

export type DecryptInput = {
  CiphertextBlob: Uint8Array;
  KeyId?: string;
  EncryptionContext?: Record<string, string>;
  EncryptionAlgorithm?: string;
  GrantTokens?: string[];
};
export type DecryptOutput = { KeyId: string; Plaintext: Uint8Array; EncryptionAlgorithm: string };

export const MAX_CIPHERTEXT = 6144;

/** The blob member shared by Decrypt and ReEncrypt, with the model's length limits. */
export function ciphertextOf(input: Readonly<Record<string, unknown>>): Uint8Array {
  const blob = required(optionalBlob(input, 'CiphertextBlob'), 'ciphertextBlob');
  if (blob.length < 1 || blob.length > MAX_CIPHERTEXT) throw badLength(blob.length, 'ciphertextBlob', 1, MAX_CIPHERTEXT);
  return blob;
}

export async function decrypt(ctx: OperationContext, raw: DecryptInput): Promise<DecryptOutput> {
  const input = asInput(raw);
  const blob = ciphertextOf(input);
  const keyId = optionalString(input, 'KeyId');
  const context = optionalContext(input, 'EncryptionContext');
  const algorithm = optionalString(input, 'EncryptionAlgorithm');
  if (keyId !== undefined) assertSymmetricAlgorithm(findUsableKey(ctx, keyId), algorithm);
  const { key, plaintext } = await openBlob(ctx, blob, context, keyId);
  assertSymmetricAlgorithm(key, algorithm);
  return { KeyId: key.arn, Plaintext: plaintext, EncryptionAlgorithm: SYMMETRIC_DEFAULT };
}
