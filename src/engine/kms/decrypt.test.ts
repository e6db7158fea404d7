import { describe, expect, it } from 'vitest';
import { testAccount, type TestAccount } from '../testing/testAccount.ts';
import { bytes, putTestKey, text } from './testKeys.ts';
import type { KmsKey } from './state.ts';

const NO_KEY = 'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.';

async function sealed(t: TestAccount, key: KmsKey, context?: Record<string, string>) {
  const out = await t.ok('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('secret'), ...(context ? { EncryptionContext: context } : {}) });
  return out.CiphertextBlob;
}

describe('kms:Decrypt', () => {
  it('decrypts without a KeyId because the blob names its key, and answers with the key ARN', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const out = await t.ok('kms:Decrypt', { CiphertextBlob: await sealed(t, key) });
    expect(text(out.Plaintext)).toBe('secret');
    expect(out).toMatchObject({ KeyId: key.arn, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
  });

  it('decrypts with the matching KeyId in any form', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const blob = await sealed(t, key);
    for (const KeyId of [key.keyId, key.arn]) expect(text((await t.ok('kms:Decrypt', { CiphertextBlob: blob, KeyId })).Plaintext)).toBe('secret');
  });

  it('answers IncorrectKeyException when the KeyId is not the key of the blob', async () => {
    const t = await testAccount();
    const [key, other] = [await putTestKey(t), await putTestKey(t)];
    await t.fails('kms:Decrypt', { CiphertextBlob: await sealed(t, key), KeyId: other.keyId }, 'IncorrectKeyException',
      'The key ID in the request does not identify a CMK that can perform this operation.');
  });

  it('needs the same encryption context, in any order of pairs', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const blob = await sealed(t, key, { purpose: 'lab', team: 'blue' });
    expect(text((await t.ok('kms:Decrypt', { CiphertextBlob: blob, EncryptionContext: { team: 'blue', purpose: 'lab' } })).Plaintext)).toBe('secret');
    await t.fails('kms:Decrypt', { CiphertextBlob: blob }, 'InvalidCiphertextException', '');
    await t.fails('kms:Decrypt', { CiphertextBlob: blob, EncryptionContext: { purpose: 'lab', team: 'red' } }, 'InvalidCiphertextException', '');
  });

  it('answers InvalidCiphertextException for a tampered blob, trailing bytes or bytes that are no blob', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const blob = await sealed(t, key);
    const tampered = blob.slice();
    tampered[tampered.length - 1] = (tampered.at(-1) ?? 0) ^ 1;
    for (const CiphertextBlob of [tampered, Uint8Array.of(...blob, 0), blob.subarray(0, blob.length - 1), bytes('not a blob')]) {
      await t.fails('kms:Decrypt', { CiphertextBlob }, 'InvalidCiphertextException', '');
    }
  });

  it('fails as the key state says when the blob key is disabled or pending deletion', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const blob = await sealed(t, key);
    key.keyState = 'Disabled';
    await t.fails('kms:Decrypt', { CiphertextBlob: blob }, 'DisabledException', `${key.arn} is disabled.`);
    key.keyState = 'PendingDeletion';
    await t.fails('kms:Decrypt', { CiphertextBlob: blob }, 'KMSInvalidStateException', `${key.arn} is pending deletion.`);
  });

  it('answers AccessDeniedException without naming the key when the blob key no longer exists', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const blob = await sealed(t, key);
    await t.ok('kms:ScheduleKeyDeletion', { KeyId: key.keyId, PendingWindowInDays: 7 });
    await t.advanceDays(8);
    await t.fails('kms:Decrypt', { CiphertextBlob: blob }, 'AccessDeniedException', NO_KEY);
  });

  it('rejects an asymmetric algorithm for a symmetric blob', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    await t.fails('kms:Decrypt', { CiphertextBlob: await sealed(t, key), EncryptionAlgorithm: 'RSAES_OAEP_SHA_1' }, 'InvalidKeyUsageException',
      'Algorithm RSAES_OAEP_SHA_1 is incompatible with key spec SYMMETRIC_DEFAULT.');
  });

  it('rejects a missing CiphertextBlob in AWS words', async () => {
    const t = await testAccount();
    await t.fails('kms:Decrypt', {}, 'ValidationException', /Value null at 'ciphertextBlob'|ciphertextBlob/);
  });
});
