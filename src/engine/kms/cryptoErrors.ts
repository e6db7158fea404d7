/**
 * Errors of the cryptographic and rotation operations, in AWS's wording. kmsErrors.ts (key
 * lookup and key state) belongs to the key-management operations; these sit beside it.
 * Sources for each message are in the comments; none is invented.
 */
import { kmsError } from './kmsErrors.ts';
import type { KmsKey } from './state.ts';

/** AWS answers tampering, a wrong encryption context and any unreadable blob with no message at all (LocalStack's AWS-recorded snapshots). */
export const invalidCiphertext = () => kmsError('InvalidCiphertextException', '');

/** Decrypt/ReEncrypt with a KeyId that is not the blob's key (AWS-recorded, LocalStack test_error_messaging_for_invalid_keys). */
export const incorrectKey = () => kmsError('IncorrectKeyException', 'The key ID in the request does not identify a CMK that can perform this operation.');

/** A blob whose key does not exist (deleted, another region): AWS says no more than this, so it leaks nothing (AWS CLI transcripts). */
export const ciphertextKeyUnknown = () =>
  kmsError('AccessDeniedException', 'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.');

/** An asymmetric algorithm asked of a symmetric key (same shape as AWS's recorded HMAC message). */
export const incompatibleAlgorithm = (algorithm: string, key: KmsKey) =>
  kmsError('InvalidKeyUsageException', `Algorithm ${algorithm} is incompatible with key spec ${key.keySpec}.`);

/** Rotation of a key with imported material (AWS-recorded for GetParametersForImport with the other origin). */
export const unsupportedOrigin = (key: KmsKey) =>
  kmsError('UnsupportedOperationException', `${key.arn} origin is ${key.origin} which is not valid for this operation.`);

/** The 26th on-demand rotation (LocalStack's AWS-validated test_key_rotations_limits). */
export const onDemandRotationLimit = (key: KmsKey) =>
  kmsError('LimitExceededException', `The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: ${key.arn}`);

/** GenerateDataKey*: neither or both of KeySpec and NumberOfBytes (moto, LocalStack, local-kms agree with AWS). */
export const keySpecOrNumberOfBytes = () => kmsError('ValidationException', 'Please specify either number of bytes or key spec.');

/** The model's range constraints in AWS's wording: `Value '0' at 'numberOfBytes' failed to satisfy constraint: …`. */
export function outOfRange(value: number, wireName: string, min: number, max: number) {
  const rule = value < min ? `greater than or equal to ${min}` : `less than or equal to ${max}`;
  return kmsError('ValidationException', `1 validation error detected: Value '${value}' at '${wireName}' failed to satisfy constraint: Member must have value ${rule}`);
}

/** Blob members report their length, never their value (AWS-recorded for plaintext of 4097 bytes). */
export function badLength(length: number, wireName: string, min: number, max: number) {
  const rule = length < min ? `greater than or equal to ${min}` : `less than or equal to ${max}`;
  return kmsError('ValidationException', `1 validation error detected: Value at '${wireName}' failed to satisfy constraint: Member must have length ${rule}`);
}

/** Enum members: AWS lists the allowed values in its own order (moto for KeySpec). */
export const notInEnum = (value: string, wireName: string, allowed: readonly string[]) =>
  kmsError('ValidationException', `1 validation error detected: Value '${value}' at '${wireName}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`);
