import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';
import { putTestKey } from './testKeys.ts';

const EITHER = 'Please specify either number of bytes or key spec.';

describe('kms:GenerateDataKey and kms:GenerateDataKeyWithoutPlaintext', () => {
  it('returns a data key whose sealed copy decrypts to the plaintext copy', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const out = await t.ok('kms:GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_256', EncryptionContext: { 'aws:s3:arn': 'arn:aws:s3:::b' } });
    expect(out.KeyId).toBe(key.arn);
    expect(out.Plaintext).toHaveLength(32);
    const back = await t.ok('kms:Decrypt', { CiphertextBlob: out.CiphertextBlob, EncryptionContext: { 'aws:s3:arn': 'arn:aws:s3:::b' } });
    expect(back.Plaintext).toEqual(out.Plaintext);
  });

  it('sizes the key by KeySpec or NumberOfBytes', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    expect((await t.ok('kms:GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_128' })).Plaintext).toHaveLength(16);
    expect((await t.ok('kms:GenerateDataKey', { KeyId: key.keyId, NumberOfBytes: 1024 })).Plaintext).toHaveLength(1024);
  });

  it('returns no plaintext from GenerateDataKeyWithoutPlaintext, yet the blob decrypts', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const out = await t.ok('kms:GenerateDataKeyWithoutPlaintext', { KeyId: key.keyId, NumberOfBytes: 24 });
    expect(Object.keys(out).sort()).toEqual(['CiphertextBlob', 'KeyId']);
    expect((await t.ok('kms:Decrypt', { CiphertextBlob: out.CiphertextBlob })).Plaintext).toHaveLength(24);
  });

  it('asks for exactly one of KeySpec and NumberOfBytes', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    for (const op of ['kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext'] as const) {
      await t.fails(op, { KeyId: key.keyId }, 'ValidationException', EITHER);
      await t.fails(op, { KeyId: key.keyId, KeySpec: 'AES_256', NumberOfBytes: 32 }, 'ValidationException', EITHER);
    }
  });

  it('rejects NumberOfBytes outside 1–1024 and unknown key specs in AWS words', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    await t.fails('kms:GenerateDataKey', { KeyId: key.keyId, NumberOfBytes: 1025 }, 'ValidationException',
      "1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024");
    await t.fails('kms:GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_257' }, 'ValidationException', /Value 'AES_257' at 'keySpec'/);
  });

  it('refuses a disabled key', async () => {
    const t = await testAccount();
    const key = await putTestKey(t, { keyState: 'Disabled' });
    await t.fails('kms:GenerateDataKeyWithoutPlaintext', { KeyId: key.keyId, KeySpec: 'AES_256' }, 'DisabledException', `${key.arn} is disabled.`);
  });
});
