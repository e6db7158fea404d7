/** kms:GenerateRandom — random bytes from the HSM's generator, 1–1024 of them. */
import { AwsError } from '../errors.ts';
import type { OperationContext } from '../operation.ts';
import { outOfRange } from './cryptoErrors.ts';
import { asInput, optionalInteger, optionalString } from './kmsInput.ts';

export type GenerateRandomInput = { NumberOfBytes?: number; CustomKeyStoreId?: string; Recipient?: unknown };
export type GenerateRandomOutput = { Plaintext: Uint8Array };

const MAX_BYTES = 1024;

export async function generateRandom(ctx: OperationContext, raw: GenerateRandomInput): Promise<GenerateRandomOutput> {
  const input = asInput(raw);
  const numberOfBytes = optionalInteger(input, 'NumberOfBytes');
  // Read for its type only: this account has no custom key stores to draw from.
  optionalString(input, 'CustomKeyStoreId');
  // The model marks NumberOfBytes optional; AWS still requires it, with its own message (AWS-recorded, LocalStack).
  if (numberOfBytes === undefined) throw new AwsError('ValidationException', 'NumberOfBytes is required.', 400, 'kms');
  if (numberOfBytes < 1 || numberOfBytes > MAX_BYTES) throw outOfRange(numberOfBytes, 'numberOfBytes', 1, MAX_BYTES);
  return { Plaintext: ctx.account.platform.crypto.getRandomValues(new Uint8Array(numberOfBytes)) };
}
