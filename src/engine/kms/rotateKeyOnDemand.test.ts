import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';
import { bytes, putTestKey, text } from './testKeys.ts';
import { parseCiphertextBlob } from './ciphertextBlob.ts';

describe('kms:RotateKeyOnDemand', () => {
  it('encrypts under new material afterwards while old ciphertext still decrypts', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const before = await t.ok('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('old') });
    expect(await t.ok('kms:RotateKeyOnDemand', { KeyId: key.arn })).toEqual({ KeyId: key.keyId });
    const after = await t.ok('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('new') });
    expect(parseCiphertextBlob(after.CiphertextBlob)?.materialId).not.toBe(parseCiphertextBlob(before.CiphertextBlob)?.materialId);
    expect(text((await t.ok('kms:Decrypt', { CiphertextBlob: before.CiphertextBlob })).Plaintext)).toBe('old');
    expect(text((await t.ok('kms:Decrypt', { CiphertextBlob: after.CiphertextBlob })).Plaintext)).toBe('new');
  });

  it('does not move the automatic rotation schedule', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    await t.ok('kms:EnableKeyRotation', { KeyId: key.keyId });
    const { NextRotationDate } = await t.ok('kms:GetKeyRotationStatus', { KeyId: key.keyId });
    await t.ok('kms:RotateKeyOnDemand', { KeyId: key.keyId });
    expect((await t.ok('kms:GetKeyRotationStatus', { KeyId: key.keyId })).NextRotationDate).toEqual(NextRotationDate);
  });

  it('allows 25 on-demand rotations per key and refuses the 26th', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    for (let i = 0; i < 25; i++) await t.ok('kms:RotateKeyOnDemand', { KeyId: key.keyId });
    await t.fails('kms:RotateKeyOnDemand', { KeyId: key.keyId }, 'LimitExceededException',
      `The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: ${key.arn}`);
  });

  it('refuses disabled keys, keys pending deletion and keys with imported material', async () => {
    const t = await testAccount();
    const disabled = await putTestKey(t, { keyState: 'Disabled' });
    const pending = await putTestKey(t, { keyState: 'PendingDeletion' });
    const external = await putTestKey(t, { origin: 'EXTERNAL' });
    await t.fails('kms:RotateKeyOnDemand', { KeyId: disabled.keyId }, 'DisabledException', `${disabled.arn} is disabled.`);
    await t.fails('kms:RotateKeyOnDemand', { KeyId: pending.keyId }, 'KMSInvalidStateException', `${pending.arn} is pending deletion.`);
    await t.fails('kms:RotateKeyOnDemand', { KeyId: external.keyId }, 'UnsupportedOperationException',
      `${external.arn} origin is EXTERNAL which is not valid for this operation.`);
  });
});
