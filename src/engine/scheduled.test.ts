/**
 * Scheduled work is skipped while nothing is due (dueTime.ts); these tests move the host clock
 * itself, as time passes for a learner who leaves the tab open, and look with the very next call.
 */
import { describe, expect, it } from 'vitest';
import { testAccount } from './testing/testAccount.ts';
import { fixedClock } from './testing/seededIds.ts';
import { putTestKey, bytes, DAY, TEST_START } from './kms/testKeys.ts';
import { createLogBucket, deliveredLogFiles } from './cloudtrail/testing/logBucket.ts';

const MINUTE = 60 * 1000;

describe('scheduled work on the first call after it is due', () => {
  it('deletes a key whose deletion date has passed on the very next call, among 1,000 other keys', async () => {
    const clock = fixedClock();
    const t = await testAccount(clock);
    const others = [];
    for (let i = 0; i < 1000; i++) others.push(await putTestKey(t));
    const doomed = await putTestKey(t, { keyState: 'PendingDeletion' });
    const plaintext = bytes('still here');
    await t.ok('kms:Encrypt', { KeyId: others[500]!.keyId, Plaintext: plaintext });
    clock.set(doomed.deletionDate! - 1);
    expect((await t.ok('kms:DescribeKey', { KeyId: doomed.keyId })).KeyMetadata.KeyState).toBe('PendingDeletion');
    clock.set(doomed.deletionDate!);
    await t.fails('kms:DescribeKey', { KeyId: doomed.keyId }, 'NotFoundException');
    expect(Object.keys(t.account.state.kms.keys)).toHaveLength(1000);
  });

  it('rotates a key on the first call after its rotation date, though only crypto calls came between', async () => {
    const clock = fixedClock();
    const t = await testAccount(clock);
    const key = await putTestKey(t);
    await t.ok('kms:EnableKeyRotation', { KeyId: key.keyId, RotationPeriodInDays: 90 });
    const { CiphertextBlob } = await t.ok('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('before') });
    await t.ok('kms:Decrypt', { CiphertextBlob });
    clock.set(TEST_START + 90 * DAY);
    const { Rotations } = await t.ok('kms:ListKeyRotations', { KeyId: key.keyId });
    expect(Rotations.map((r) => r.RotationDate)).toEqual([new Date(TEST_START + 90 * DAY)]);
  });

  it("delivers a trail's first log file on the first call after the delivery delay, though only reads came between", async () => {
    const clock = fixedClock();
    const t = await testAccount(clock);
    await createLogBucket(t, 'lab-logs');
    await t.ok('cloudtrail:CreateTrail', { Name: 'lab-trail', S3BucketName: 'lab-logs' });
    // Read events only: the trail's first waiting record comes from a read, not from StartLogging.
    await t.ok('cloudtrail:PutEventSelectors', { TrailName: 'lab-trail', EventSelectors: [{ ReadWriteType: 'ReadOnly', IncludeManagementEvents: true }] });
    await t.ok('cloudtrail:StartLogging', { Name: 'lab-trail' });
    await t.ok('kms:ListKeys', {});
    clock.set(TEST_START + 5 * MINUTE);
    await t.ok('kms:ListAliases', {});
    const files = await deliveredLogFiles(t, 'lab-logs');
    expect(files.map((f) => f.records.map((r) => r.eventName))).toEqual([['ListKeys']]);
  });

  it('ages the first records of a new account out of event history 90 days later', async () => {
    const clock = fixedClock();
    const t = await testAccount(clock);
    await t.ok('kms:ListKeys', {});
    clock.set(TEST_START + 91 * DAY);
    await t.ok('kms:ListAliases', {});
    expect(t.account.state.cloudtrail.events.map((r) => r.eventName)).toEqual(['ListAliases']);
  });
});
