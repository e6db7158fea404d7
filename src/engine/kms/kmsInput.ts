/**
 * Defensive reading of operation input. dispatch validates against the model first; these
 * readers make sure that whatever still reaches a handler (a bug in validation, a call from
 * the console with a stale shape) ends as the error AWS's JSON deserializer gives for the
 * same mistake, never as a JavaScript TypeError.
 */
import { AwsError } from '../errors.ts';

export type Input = Readonly<Record<string, unknown>>;

const serialization = (message: string) => new AwsError('SerializationException', message, 400, 'kms');

/** The JSON type name AWS's deserializer reports for a value of the wrong type. */
function jsonTypeOf(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'TRUE_VALUE' : 'FALSE_VALUE';
  if (typeof value === 'number') return 'NUMBER_VALUE';
  return 'STRING_VALUE';
}

function misplaced(value: unknown, target: string): AwsError {
  if (typeof value === 'object' && value !== null && !(value instanceof Uint8Array)) {
    return serialization(Array.isArray(value) ? 'Start of list found where not expected' : 'Start of structure or map found where not expected.');
  }
  return serialization(`${jsonTypeOf(value)} can not be converted to ${target}`);
}

export function asInput(input: unknown): Input {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object' || Array.isArray(input) || input instanceof Uint8Array) throw misplaced(input, 'a Structure');
  return input as Input;
}

export function optionalString(input: Input, name: string): string | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw misplaced(value, 'a String');
  return value;
}

export function optionalInteger(input: Input, name: string): number | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw misplaced(value, 'an Integer');
  return value;
}

export function optionalBlob(input: Input, name: string): Uint8Array | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (!(value instanceof Uint8Array)) throw misplaced(value, 'a Blob');
  return value;
}

/** An EncryptionContext: a JSON object whose values are all strings. */
export function optionalContext(input: Input, name: string): Readonly<Record<string, string>> {
  const value = input[name];
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Uint8Array) throw misplaced(value, 'a Map');
  for (const entry of Object.values(value)) {
    if (typeof entry !== 'string') throw misplaced(entry, 'a String');
  }
  return value as Record<string, string>;
}

/** AWS's model-validation wording for a member that is missing. */
export function required<T>(value: T | undefined, wireName: string): T {
  if (value === undefined) {
    throw new AwsError('ValidationException', `1 validation error detected: Value null at '${wireName}' failed to satisfy constraint: Member must not be null`, 400, 'kms');
  }
  return value;
}
