/** GenerateDataKey and GenerateDataKeyWithoutPlaintext: exactly one of KeySpec and NumberOfBytes. */
import { keySpecOrNumberOfBytes, notInEnum, outOfRange } from './cryptoErrors.ts';
import { optionalInteger, optionalString, type Input } from './kmsInput.ts';

const KEY_SPEC_BYTES: Readonly<Record<string, number>> = { AES_256: 32, AES_128: 16 };
export const MAX_DATA_KEY_BYTES = 1024;

export function dataKeyLength(input: Input): number {
  const keySpec = optionalString(input, 'KeySpec');
  const numberOfBytes = optionalInteger(input, 'NumberOfBytes');
  // Model constraints first, as AWS validates the request before it reads the combination.
  if (keySpec !== undefined && !(keySpec in KEY_SPEC_BYTES)) throw notInEnum(keySpec, 'keySpec', ['AES_256', 'AES_128']);
  if (numberOfBytes !== undefined && (numberOfBytes < 1 || numberOfBytes > MAX_DATA_KEY_BYTES)) {
    throw outOfRange(numberOfBytes, 'numberOfBytes', 1, MAX_DATA_KEY_BYTES);
  }
  if ((keySpec === undefined) === (numberOfBytes === undefined)) throw keySpecOrNumberOfBytes();
  return numberOfBytes ?? KEY_SPEC_BYTES[keySpec ?? ''] ?? 0;
}
