import { describe, expect, it } from 'vitest';
import { loadAllModels } from '../models/index.ts';
import { validateInput } from './validate.ts';

const models = await loadAllModels();

const check = (operation: string, input: unknown) => {
  const error = validateInput(models.kms, operation, input);
  return error && { code: error.code, message: error.message };
};

describe('validateInput (model-driven, in AWS wording)', () => {
  it('hides a sensitive value that is too long', () => {
    expect(check('Encrypt', { KeyId: 'k', Plaintext: new Uint8Array(4097) })).toEqual({
      code: 'ValidationException',
      message: "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
    });
  });

  it('counts and joins every missing required member', () => {
    expect(check('Encrypt', {})?.message).toBe(
      "2 validation errors detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'plaintext' failed to satisfy constraint: Member must not be null",
    );
  });

  it('prints an out-of-range integer with its value', () => {
    expect(check('GenerateRandom', { NumberOfBytes: 2000 })?.message).toBe(
      "1 validation error detected: Value '2000' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024",
    );
    expect(check('GenerateRandom', { NumberOfBytes: 0 })?.message).toBe(
      "1 validation error detected: Value '0' at 'numberOfBytes' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });

  it('lists the enum values a member must take', () => {
    expect(check('CreateKey', { KeyUsage: 'WRAP' })?.message).toBe(
      "1 validation error detected: Value 'WRAP' at 'keyUsage' failed to satisfy constraint: Member must satisfy enum value set: " +
        `[${models.kms.shapes.KeyUsageType?.enum?.join(', ')}]`,
    );
  });

  it('names list members by 1-based position as tags.N.member.tagKey', () => {
    expect(check('CreateKey', { Tags: [{ TagKey: 'ok', TagValue: 'v' }, { TagKey: '', TagValue: 'v' }] })?.message).toBe(
      "1 validation error detected: Value '' at 'tags.2.member.tagKey' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it('prints a non-sensitive blob the way the Java service does', () => {
    expect(check('Decrypt', { CiphertextBlob: new Uint8Array(0) })?.message).toBe(
      "1 validation error detected: Value 'java.nio.HeapByteBuffer[pos=0 lim=0 cap=0]' at 'ciphertextBlob' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it('quotes the model pattern a string breaks', () => {
    expect(check('ListKeys', { Marker: 'caf\u0100' })?.message).toBe(
      "1 validation error detected: Value 'caf\u0100' at 'marker' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0020-\\u00FF]*",
    );
  });

  it('accepts valid input and ignores members the model does not know', () => {
    expect(check('Encrypt', { KeyId: 'alias/lab', Plaintext: new Uint8Array([1]), EncryptionContext: { a: 'b' }, Extra: 1 })).toBeUndefined();
    expect(check('GenerateRandom', undefined)).toBeUndefined();
  });

  it('answers members of the wrong type as AWS fails to deserialize them', () => {
    expect(check('GenerateRandom', { NumberOfBytes: '32' })).toEqual({ code: 'SerializationException', message: 'STRING_VALUE can not be converted to an Integer' });
    expect(check('GenerateRandom', { NumberOfBytes: true })).toEqual({ code: 'SerializationException', message: 'TRUE_VALUE can not be converted to an Integer' });
    expect(check('DescribeKey', { KeyId: 5 })).toEqual({ code: 'SerializationException', message: 'NUMBER_VALUE can not be converted to a String' });
    expect(check('DescribeKey', { KeyId: ['k'] })).toEqual({ code: 'SerializationException', message: 'Start of list found where not expected' });
    expect(check('DescribeKey', { KeyId: { a: 1 } })).toEqual({ code: 'SerializationException', message: 'Start of structure or map found where not expected.' });
    expect(check('CreateKey', { Tags: 'x' })).toEqual({ code: 'SerializationException', message: 'Expected list or null' });
    expect(check('Encrypt', { KeyId: 'k', Plaintext: 'text' })).toEqual({ code: 'SerializationException', message: '' });
  });

  it('reports a type error before any constraint, as AWS reads the body first', () => {
    expect(check('Encrypt', { Plaintext: 7 })?.code).toBe('SerializationException');
  });
});
