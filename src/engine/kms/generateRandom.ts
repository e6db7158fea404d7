import { AwsError } from '../errors.ts';
import type { OperationContext } from '../operation.ts';

export type GenerateRandomInput = { NumberOfBytes?: number; CustomKeyStoreId?: string; Recipient?: unknown };
export type GenerateRandomOutput = { Plaintext: Uint8Array };

/** Random bytes from the HSM's generator; 1–1024 bytes as the model allows. */
export async function generateRandom(ctx: OperationContext, input: GenerateRandomInput): Promise<GenerateRandomOutput> {
  if (input.NumberOfBytes === undefined) {
    // AWS answers a missing length the same way as an out-of-range one.
    throw new AwsError('ValidationException', '1 validation error detected: Value null at \'numberOfBytes\' failed to satisfy constraint: Member must not be null');
  }
  return { Plaintext: ctx.account.platform.crypto.getRandomValues(new Uint8Array(input.NumberOfBytes)) };
}
