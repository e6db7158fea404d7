/**
 * kms:GenerateDataKey — envelope encryption's first step: a fresh data key, returned both in
 * the clear (to encrypt data locally) and sealed under the KMS key (to store beside it).
 */
import type { OperationContext } from '../operation.ts';
import type { KmsKey } from './state.ts';
import { asInput, optionalContext, optionalString, required } from './kmsInput.ts';
import { dataKeyLength } from './dataKeyLength.ts';
import { findUsableKey } from './resolveKey.ts';
import { sealForKey } from './symmetricCiphertext.ts';

export type GenerateDataKeyInput = {
  KeyId: string;
  KeySpec?: 'AES_256' | 'AES_128';
  NumberOfBytes?: number;
  EncryptionContext?: Record<string, string>;
  GrantTokens?: string[];
};
export type GenerateDataKeyOutput = { KeyId: string; Plaintext: Uint8Array; CiphertextBlob: Uint8Array };

export type DataKey = { key: KmsKey; plaintext: Uint8Array; ciphertextBlob: Uint8Array };

/** Shared with GenerateDataKeyWithoutPlaintext, which drops the plaintext. */
export async function makeDataKey(ctx: OperationContext, raw: unknown): Promise<DataKey> {
  const input = asInput(raw);
  const keyId = required(optionalString(input, 'KeyId'), 'keyId');
  const context = optionalContext(input, 'EncryptionContext');
  const length = dataKeyLength(input);
  const key = findUsableKey(ctx, keyId);
  const plaintext = ctx.account.platform.crypto.getRandomValues(new Uint8Array(length));
  const ciphertextBlob = await sealForKey(ctx, key, plaintext, context);
  return { key, plaintext, ciphertextBlob };
}

export async function generateDataKey(ctx: OperationContext, input: GenerateDataKeyInput): Promise<GenerateDataKeyOutput> {
  const { key, plaintext, ciphertextBlob } = await makeDataKey(ctx, input);
  return { KeyId: key.arn, Plaintext: plaintext, CiphertextBlob: ciphertextBlob };
}
