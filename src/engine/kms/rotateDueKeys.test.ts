import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';
import { bytes, DAY, putTestKey, TEST_START, text } from './testKeys.ts';

describe('automatic rotation on the simulated clock', () => {
  it('rotates when the clock passes NextRotationDate, and old ciphertext still decrypts', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    await t.ok('kms:EnableKeyRotation', { KeyId: key.keyId, RotationPeriodInDays: 90 });
    const { CiphertextBlob } = await t.ok('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('before') });
    await t.advanceDays(89);
    expect((await t.ok('kms:ListKeyRotations', { KeyId: key.keyId })).Rotations).toHaveLength(0);
    await t.advanceDays(1);
    const { Rotations } = await t.ok('kms:ListKeyRotations', { KeyId: key.keyId });
    expect(Rotations).toMatchObject([{ RotationType: 'AUTOMATIC', RotationDate: new Date(TEST_START + 90 * DAY) }]);
    expect((await t.ok('kms:GetKeyRotationStatus', { KeyId: key.keyId })).NextRotationDate).toEqual(new Date(TEST_START + 180 * DAY));
    expect(text((await t.ok('kms:Decrypt', { CiphertextBlob })).Plaintext)).toBe('before');
  });

  it('rotates once per period passed when the clock jumps several periods', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    await t.ok('kms:EnableKeyRotation', { KeyId: key.keyId, RotationPeriodInDays: 100 });
    await t.advanceDays(350);
    const { Rotations } = await t.ok('kms:ListKeyRotations', { KeyId: key.keyId });
    expect(Rotations.map((r) => r.RotationDate)).toEqual([100, 200, 300].map((d) => new Date(TEST_START + d * DAY)));
  });

  it('does not rotate disabled keys or keys whose rotation is off', async () => {
    const t = await testAccount();
    const disabled = await putTestKey(t);
    const off = await putTestKey(t);
    await t.ok('kms:EnableKeyRotation', { KeyId: disabled.keyId, RotationPeriodInDays: 90 });
    disabled.keyState = 'Disabled';
    await t.advanceDays(400);
    expect([disabled.materials.length, off.materials.length]).toEqual([1, 1]);
  });
});
