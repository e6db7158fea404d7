/**
 * kms:ReEncrypt — decrypts under the blob's key and encrypts under the destination key
 * without the plaintext ever leaving the HSM boundary (here: this function).
 */
import type { OperationContext } from '../operation.ts';
import { asInput, optionalContext, optionalString, required } from './kmsInput.ts';
import { findUsableKey } from './resolveKey.ts';
import { ciphertextOf } from './decrypt.ts';
import { assertSymmetricAlgorithm, openBlob, sealForKey, SYMMETRIC_DEFAULT } from './symmetricCiphertext.ts';

export type ReEncryptInput = {
  CiphertextBlob: Uint8Array;
  DestinationKeyId: string;
  SourceKeyId?: string;
  SourceEncryptionContext?: Record<string, string>;
  DestinationEncryptionContext?: Record<string, string>;
  SourceEncryptionAlgorithm?: string;
  DestinationEncryptionAlgorithm?: string;
  GrantTokens?: string[];
};
export type ReEncryptOutput = {
  CiphertextBlob: Uint8Array;
  SourceKeyId: string;
  KeyId: string;
  SourceEncryptionAlgorithm: string;
  DestinationEncryptionAlgorithm: string;
};

export async function reEncrypt(ctx: OperationContext, raw: ReEncryptInput): Promise<ReEncryptOutput> {
  const input = asInput(raw);
  const blob = ciphertextOf(input);
  const destinationId = required(optionalString(input, 'DestinationKeyId'), 'destinationKeyId');
  const sourceId = optionalString(input, 'SourceKeyId');
  const sourceContext = optionalContext(input, 'SourceEncryptionContext');
  const destinationContext = optionalContext(input, 'DestinationEncryptionContext');
  const sourceAlgorithm = optionalString(input, 'SourceEncryptionAlgorithm');
  const destinationAlgorithm = optionalString(input, 'DestinationEncryptionAlgorithm');
  const destination = findUsableKey(ctx, destinationId);
  assertSymmetricAlgorithm(destination, destinationAlgorithm);
  const source = await openBlob(ctx, blob, sourceContext, sourceId);
  assertSymmetricAlgorithm(source.key, sourceAlgorithm);
  try {
    const CiphertextBlob = await sealForKey(ctx, destination, source.plaintext, destinationContext);
    return {
      CiphertextBlob,
      SourceKeyId: source.key.arn,
      KeyId: destination.arn,
      SourceEncryptionAlgorithm: SYMMETRIC_DEFAULT,
      DestinationEncryptionAlgorithm: SYMMETRIC_DEFAULT,
    };
  } finally {
    source.plaintext.fill(0);
  }
}
