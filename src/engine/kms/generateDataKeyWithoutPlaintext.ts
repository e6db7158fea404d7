/** kms:GenerateDataKeyWithoutPlaintext — a data key for later: only the sealed copy is returned. */
import type { OperationContext } from '../operation.ts';
import { makeDataKey, type GenerateDataKeyInput } from './generateDataKey.ts';

export type GenerateDataKeyWithoutPlaintextInput = GenerateDataKeyInput;
export type GenerateDataKeyWithoutPlaintextOutput = { KeyId: string; CiphertextBlob: Uint8Array };

export async function generateDataKeyWithoutPlaintext(
  ctx: OperationContext,
  input: GenerateDataKeyWithoutPlaintextInput,
): Promise<GenerateDataKeyWithoutPlaintextOutput> {
  const { key, plaintext, ciphertextBlob } = await makeDataKey(ctx, input);
  // The clear copy never leaves the HSM boundary for this operation.
  plaintext.fill(0);
  return { KeyId: key.arn, CiphertextBlob: ciphertextBlob };
}
