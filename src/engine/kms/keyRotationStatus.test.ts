import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';
import { DAY, putTestKey, TEST_START } from './testKeys.ts';

describe('kms:EnableKeyRotation, kms:DisableKeyRotation and kms:GetKeyRotationStatus', () => {
  it('reports rotation off for a new key', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    expect(await t.ok('kms:GetKeyRotationStatus', { KeyId: key.keyId })).toEqual({ KeyRotationEnabled: false, KeyId: key.keyId });
  });

  it('enables yearly rotation by default and reports the next rotation date', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    await t.ok('kms:EnableKeyRotation', { KeyId: key.arn });
    expect(await t.ok('kms:GetKeyRotationStatus', { KeyId: key.keyId })).toEqual({
      KeyRotationEnabled: true, KeyId: key.keyId, RotationPeriodInDays: 365, NextRotationDate: new Date(TEST_START + 365 * DAY),
    });
  });

  it('takes a custom period between 90 and 2560 days', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    await t.ok('kms:EnableKeyRotation', { KeyId: key.keyId, RotationPeriodInDays: 90 });
    expect(await t.ok('kms:GetKeyRotationStatus', { KeyId: key.keyId })).toMatchObject({ RotationPeriodInDays: 90, NextRotationDate: new Date(TEST_START + 90 * DAY) });
    for (const [days, rule] of [[89, 'greater than or equal to 90'], [2561, 'less than or equal to 2560']] as const) {
      await t.fails('kms:EnableKeyRotation', { KeyId: key.keyId, RotationPeriodInDays: days }, 'ValidationException',
        `1 validation error detected: Value '${days}' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value ${rule}`);
    }
  });

  it('turns rotation off again', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    await t.ok('kms:EnableKeyRotation', { KeyId: key.keyId });
    await t.ok('kms:DisableKeyRotation', { KeyId: key.keyId });
    expect(await t.ok('kms:GetKeyRotationStatus', { KeyId: key.keyId })).toEqual({ KeyRotationEnabled: false, KeyId: key.keyId });
  });

  it('reports rotation off while the key is pending deletion and on again once it is not', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    await t.ok('kms:EnableKeyRotation', { KeyId: key.keyId });
    key.keyState = 'PendingDeletion';
    expect((await t.ok('kms:GetKeyRotationStatus', { KeyId: key.keyId })).KeyRotationEnabled).toBe(false);
    key.keyState = 'Disabled';
    expect((await t.ok('kms:GetKeyRotationStatus', { KeyId: key.keyId })).KeyRotationEnabled).toBe(true);
  });

  it('refuses to change rotation of a disabled key or a key pending deletion', async () => {
    const t = await testAccount();
    const disabled = await putTestKey(t, { keyState: 'Disabled' });
    const pending = await putTestKey(t, { keyState: 'PendingDeletion' });
    for (const op of ['kms:EnableKeyRotation', 'kms:DisableKeyRotation'] as const) {
      await t.fails(op, { KeyId: disabled.keyId }, 'DisabledException', `${disabled.arn} is disabled.`);
      await t.fails(op, { KeyId: pending.keyId }, 'KMSInvalidStateException', `${pending.arn} is pending deletion.`);
    }
  });

  it('answers UnsupportedOperationException for a key with imported material', async () => {
    const t = await testAccount();
    const key = await putTestKey(t, { origin: 'EXTERNAL' });
    for (const op of ['kms:EnableKeyRotation', 'kms:DisableKeyRotation', 'kms:GetKeyRotationStatus'] as const) {
      await t.fails(op, { KeyId: key.keyId }, 'UnsupportedOperationException', `${key.arn} origin is EXTERNAL which is not valid for this operation.`);
    }
  });

  it('answers NotFoundException for a key that does not exist', async () => {
    const t = await testAccount();
    await t.fails('kms:GetKeyRotationStatus', { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' }, 'NotFoundException', /does not exist/);
  });
});
