import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';
import { DAY, putTestKey, TEST_START as NOW } from './testKeys.ts';

describe('EnableKey, DisableKey, ScheduleKeyDeletion, CancelKeyDeletion and the deletion itself', () => {
  it('disables and re-enables a key, and both are idempotent', async () => {
    const t = await testAccount();
    const { keyId: KeyId } = await putTestKey(t);
    await t.ok('kms:DisableKey', { KeyId });
    await t.ok('kms:DisableKey', { KeyId });
    expect((await t.ok('kms:DescribeKey', { KeyId })).KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    await t.ok('kms:EnableKey', { KeyId });
    await t.ok('kms:EnableKey', { KeyId });
    expect((await t.ok('kms:DescribeKey', { KeyId })).KeyMetadata).toMatchObject({ KeyState: 'Enabled', Enabled: true });
  });

  it('refuses to enable or disable a key that is pending import', async () => {
    const t = await testAccount();
    const { KeyMetadata } = await t.ok('kms:CreateKey', { Origin: 'EXTERNAL' });
    await t.fails('kms:EnableKey', { KeyId: KeyMetadata.KeyId }, 'KMSInvalidStateException', `${KeyMetadata.Arn} is pending import.`);
    await t.fails('kms:DisableKey', { KeyId: KeyMetadata.KeyId }, 'KMSInvalidStateException', `${KeyMetadata.Arn} is pending import.`);
  });

  it('schedules deletion 30 days out by default and answers with the key ARN', async () => {
    const t = await testAccount();
    const { keyId: KeyId, arn } = await putTestKey(t);
    const scheduled = await t.ok('kms:ScheduleKeyDeletion', { KeyId });
    expect(scheduled).toEqual({ KeyId: arn, DeletionDate: new Date(NOW + 30 * DAY), KeyState: 'PendingDeletion', PendingWindowInDays: 30 });
    expect((await t.ok('kms:DescribeKey', { KeyId })).KeyMetadata).toMatchObject({
      KeyState: 'PendingDeletion', Enabled: false, DeletionDate: new Date(NOW + 30 * DAY), PendingDeletionWindowInDays: 30,
    });
  });

  it('accepts waiting periods of 7 and 30 days and refuses 6 and 31', async () => {
    const t = await testAccount();
    const { keyId: KeyId } = await putTestKey(t);
    await t.fails('kms:ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 6 }, 'ValidationException', 'PendingWindowInDays must be between 7 and 30');
    await t.fails('kms:ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 31 }, 'ValidationException', 'PendingWindowInDays must be between 7 and 30');
    expect((await t.ok('kms:ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 })).PendingWindowInDays).toBe(7);
    const other = (await t.ok('kms:CreateKey', {})).KeyMetadata.KeyId;
    expect((await t.ok('kms:ScheduleKeyDeletion', { KeyId: other, PendingWindowInDays: 30 })).PendingWindowInDays).toBe(30);
  });

  it('refuses to schedule, enable or disable a key that is already pending deletion', async () => {
    const t = await testAccount();
    const { keyId: KeyId, arn } = await putTestKey(t);
    await t.ok('kms:ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
    for (const op of ['kms:ScheduleKeyDeletion', 'kms:EnableKey', 'kms:DisableKey'] as const) {
      await t.fails(op, { KeyId }, 'KMSInvalidStateException', `${arn} is pending deletion.`);
    }
  });

  it('cancels deletion and brings the key back Disabled, not Enabled', async () => {
    const t = await testAccount();
    const { keyId: KeyId, arn } = await putTestKey(t);
    await t.ok('kms:ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
    expect(await t.ok('kms:CancelKeyDeletion', { KeyId })).toEqual({ KeyId: arn });
    const { KeyMetadata } = await t.ok('kms:DescribeKey', { KeyId });
    expect(KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    expect(KeyMetadata).not.toHaveProperty('DeletionDate');
    expect(KeyMetadata).not.toHaveProperty('PendingDeletionWindowInDays');
  });

  it('refuses to cancel deletion of a key that is not pending deletion', async () => {
    const t = await testAccount();
    const { keyId: KeyId, arn } = await putTestKey(t);
    await t.fails('kms:CancelKeyDeletion', { KeyId }, 'KMSInvalidStateException', `${arn} is not pending deletion.`);
  });

  it('returns a never-imported EXTERNAL key to PendingImport when its deletion is cancelled', async () => {
    const t = await testAccount();
    const { KeyId } = (await t.ok('kms:CreateKey', { Origin: 'EXTERNAL' })).KeyMetadata;
    await t.ok('kms:ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
    await t.ok('kms:CancelKeyDeletion', { KeyId });
    expect((await t.ok('kms:DescribeKey', { KeyId })).KeyMetadata.KeyState).toBe('PendingImport');
  });

  it('keeps the key until the deletion date, then deletes it with its aliases and its material', async () => {
    const t = await testAccount();
    const { keyId: KeyId, arn } = await putTestKey(t);
    const materialId = (await t.ok('kms:DescribeKey', { KeyId })).KeyMetadata.CurrentKeyMaterialId ?? '';
    await t.ok('kms:CreateAlias', { AliasName: 'alias/doomed', TargetKeyId: KeyId });
    await t.ok('kms:ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
    await t.advanceDays(6);
    expect((await t.ok('kms:DescribeKey', { KeyId })).KeyMetadata.KeyState).toBe('PendingDeletion');
    await t.advanceDays(1);
    await t.fails('kms:DescribeKey', { KeyId }, 'NotFoundException', `Key '${arn}' does not exist`);
    expect((await t.ok('kms:ListAliases', {})).Aliases).toEqual([]);
    expect((await t.ok('kms:ListKeys', {})).Keys).toEqual([]);
    expect(t.account.hsm.hasMaterial(materialId)).toBe(false);
  });

  it('does not delete a key whose deletion was cancelled in time', async () => {
    const t = await testAccount();
    const { keyId: KeyId } = await putTestKey(t);
    await t.ok('kms:ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
    await t.advanceDays(3);
    await t.ok('kms:CancelKeyDeletion', { KeyId });
    await t.advanceDays(30);
    expect((await t.ok('kms:DescribeKey', { KeyId })).KeyMetadata.KeyState).toBe('Disabled');
  });
});
