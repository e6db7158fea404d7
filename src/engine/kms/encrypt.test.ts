import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';
import { bytes, putTestKey } from './testKeys.ts';

describe('kms:Encrypt', () => {
  it('answers with the key ARN, a blob and SYMMETRIC_DEFAULT whichever form of KeyId was sent', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    for (const KeyId of [key.keyId, key.arn]) {
      const out = await t.ok('kms:Encrypt', { KeyId, Plaintext: bytes('hello') });
      expect(out.KeyId).toBe(key.arn);
      expect(out.EncryptionAlgorithm).toBe('SYMMETRIC_DEFAULT');
      expect(out.CiphertextBlob.length).toBeGreaterThan(5 + 28);
    }
  });

  it('never returns the same blob twice for the same plaintext', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const a = await t.ok('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('same') });
    const b = await t.ok('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('same') });
    expect(a.CiphertextBlob).not.toEqual(b.CiphertextBlob);
  });

  it('rejects plaintext over 4096 bytes in AWS words', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    await t.fails('kms:Encrypt', { KeyId: key.keyId, Plaintext: new Uint8Array(4097) }, 'ValidationException',
      "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096");
  });

  it('rejects empty plaintext', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    await t.fails('kms:Encrypt', { KeyId: key.keyId, Plaintext: new Uint8Array(0) }, 'ValidationException', /greater than or equal to 1/);
  });

  it('rejects an asymmetric algorithm for a symmetric key', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    await t.fails('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('x'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' },
      'InvalidKeyUsageException', 'Algorithm RSAES_OAEP_SHA_256 is incompatible with key spec SYMMETRIC_DEFAULT.');
  });

  it('rejects Encrypt when the key is disabled', async () => {
    const t = await testAccount();
    const key = await putTestKey(t, { keyState: 'Disabled' });
    await t.fails('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('x') }, 'DisabledException', `${key.arn} is disabled.`);
  });

  it('rejects Encrypt when the key is pending deletion or pending import', async () => {
    const t = await testAccount();
    const pending = await putTestKey(t, { keyState: 'PendingDeletion' });
    const external = await putTestKey(t, { origin: 'EXTERNAL' });
    await t.fails('kms:Encrypt', { KeyId: pending.keyId, Plaintext: bytes('x') }, 'KMSInvalidStateException', `${pending.arn} is pending deletion.`);
    await t.fails('kms:Encrypt', { KeyId: external.keyId, Plaintext: bytes('x') }, 'KMSInvalidStateException', `${external.arn} is pending import.`);
  });

  it('rejects a key that does not exist', async () => {
    const t = await testAccount();
    await t.fails('kms:Encrypt', { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', Plaintext: bytes('x') }, 'NotFoundException',
      "Key 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' does not exist");
  });

  it('rejects an encryption context whose values are not strings', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    await t.fails('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('x'), EncryptionContext: { a: 1 } }, 'SerializationException',
      'NUMBER_VALUE can not be converted to a String');
  });
});
