/** KMS cryptographic operations and key rotation. */
import type { Handler } from '../operation.ts';
import { generateRandom } from './generateRandom.ts';

export const kmsCryptoOperations = {
  'kms:GenerateRandom': generateRandom,
} satisfies Record<`kms:${string}`, Handler>;
