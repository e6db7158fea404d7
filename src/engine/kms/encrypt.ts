/** kms:Encrypt — up to 4 KiB of plaintext under a symmetric key; the blob names the key. */
import type { OperationContext } from '../operation.ts';
import { asInput, optionalBlob, optionalContext, optionalString, required } from './kmsInput.ts';
import { badLength } from './cryptoErrors.ts';
import { findUsableKey } from './resolveKey.ts';
import { assertSymmetricAlgorithm, sealForKey, SYMMETRIC_DEFAULT } from './symmetricCiphertext.ts';

export type EncryptInput = {
  KeyId: string;
  Plaintext: Uint8Array;
  EncryptionContext?: Record<string, string>;
  EncryptionAlgorithm?: string;
  GrantTokens?: string[];
};
export type EncryptOutput = { KeyId: string; CiphertextBlob: Uint8Array; EncryptionAlgorithm: string };

export const MAX_PLAINTEXT = 4096;

export async function encrypt(ctx: OperationContext, raw: EncryptInput): Promise<EncryptOutput> {
  const input = asInput(raw);
  const keyId = required(optionalString(input, 'KeyId'), 'keyId');
  const plaintext = required(optionalBlob(input, 'Plaintext'), 'plaintext');
  if (plaintext.length < 1 || plaintext.length > MAX_PLAINTEXT) throw badLength(plaintext.length, 'plaintext', 1, MAX_PLAINTEXT);
  const context = optionalContext(input, 'EncryptionContext');
  const algorithm = optionalString(input, 'EncryptionAlgorithm');
  const key = findUsableKey(ctx, keyId);
  assertSymmetricAlgorithm(key, algorithm);
  const CiphertextBlob = await sealForKey(ctx, key, plaintext, context);
  // AWS answers with the key ARN whichever form of KeyId was sent.
  return { KeyId: key.arn, CiphertextBlob, EncryptionAlgorithm: SYMMETRIC_DEFAULT };
}
