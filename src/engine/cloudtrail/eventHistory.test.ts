/** Event history's retention (90 days of simulated time), its lab limit, and trails' waiting records. */
import { expect, it } from 'vitest';
import { nowOf } from '../account.ts';
import { testAccount } from '../testing/testAccount.ts';
import { advanceClock } from '../time.ts';
import { createLogBucket } from './testing/logBucket.ts';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

const eventNames = async (t: Awaited<ReturnType<typeof testAccount>>) =>
  ((await t.ok('cloudtrail:LookupEvents', { MaxResults: 50 })).Events).map((e) => e.EventName);

it('drops records older than 90 days from memory when the clock moves past them, and still finds recent ones', async () => {
  const t = await testAccount();
  const { KeyMetadata } = await t.ok('kms:CreateKey', { Description: 'old' });
  await t.ok('kms:DescribeKey', { KeyId: KeyMetadata.KeyId });
  const before = t.account.state.cloudtrail.events.length;
  expect(before).toBeGreaterThanOrEqual(2);
  await t.advanceDays(91);
  // Gone from the account's state, not only hidden from LookupEvents, so a save no longer carries them.
  expect(t.account.state.cloudtrail.events).toEqual([]);
  await t.ok('kms:ListKeys', {});
  expect(await eventNames(t)).toEqual(['ListKeys']);
});

it('keeps records of the last 90 days when the clock moves 89 days', async () => {
  const t = await testAccount();
  await t.ok('kms:CreateKey', {});
  await t.advanceDays(60);
  await t.ok('kms:ListKeys', {});
  await t.advanceDays(29);
  expect(await eventNames(t)).toEqual(['ListKeys', 'CreateKey']);
  await t.advanceDays(2);
  expect(await eventNames(t)).toEqual(['LookupEvents', 'ListKeys']);
});

it('keeps at most the lab limit of records, newest kept and oldest out first', async () => {
  const t = await testAccount();
  t.account.state.cloudtrail.eventHistoryLimit = 20;
  for (let i = 0; i < 45; i++) {
    await t.ok('kms:ListKeys', { Limit: i + 1 });
    await advanceClock(t.account, MINUTE);
  }
  const { events } = t.account.state.cloudtrail;
  // Trimmed in batches: never more than 1% (here one record) past the limit.
  expect(events.length).toBeLessThanOrEqual(21);
  expect(events.at(-1)!.requestParameters).toEqual({ limit: 45 });
  const { Events, NextToken } = await t.ok('cloudtrail:LookupEvents', { MaxResults: 50 });
  expect(Events).toHaveLength(20);
  expect(NextToken).toBeUndefined();
  expect(JSON.parse(Events[0]!.CloudTrailEvent!).requestParameters).toEqual({ limit: 45 });
  expect(JSON.parse(Events[19]!.CloudTrailEvent!).requestParameters).toEqual({ limit: 26 });
});

it('keeps at most the lab limit of records waiting in a trail whose log file is not yet due', async () => {
  const t = await testAccount();
  await createLogBucket(t, 'trail-logs', { name: 'bounded' });
  await t.ok('cloudtrail:CreateTrail', { Name: 'bounded', S3BucketName: 'trail-logs' });
  await t.ok('cloudtrail:StartLogging', { Name: 'bounded' });
  const trail = t.account.state.cloudtrail.trails!.bounded!;
  t.account.state.cloudtrail.eventHistoryLimit = 10;
  for (let i = 0; i < 30; i++) await t.ok('kms:ListKeys', {});
  expect(trail.pending.length).toBeLessThanOrEqual(11);
  expect(trail.pending.at(-1)!.eventName).toBe('ListKeys');
  // The records that stayed are delivered when their log file comes due.
  await advanceClock(t.account, 10 * MINUTE);
  expect(trail.pending).toEqual([]);
});

it('files service events dated in the past by their time, so event history stays newest first', async () => {
  const t = await testAccount();
  const rotating = (await t.ok('kms:CreateKey', {})).KeyMetadata;
  const deleted = (await t.ok('kms:CreateKey', {})).KeyMetadata;
  await t.advanceDays(5);
  await t.ok('kms:EnableKeyRotation', { KeyId: rotating.KeyId, RotationPeriodInDays: 90 }); // rotates on day 95
  await t.advanceDays(75);
  await t.ok('kms:ScheduleKeyDeletion', { KeyId: deleted.KeyId, PendingWindowInDays: 7 }); // deleted on day 87
  // One jump to day 100: the rotation (day 95) is recorded before the deletion (day 87).
  await t.advanceDays(20);
  const { Events } = await t.ok('cloudtrail:LookupEvents', { LookupAttributes: [{ AttributeKey: 'EventSource', AttributeValue: 'kms.amazonaws.com' }] });
  expect(Events.map((e) => e.EventName)).toEqual(['RotateKey', 'DeleteKey', 'ScheduleKeyDeletion']);
  const times = t.account.state.cloudtrail.events.map((r) => Date.parse(r.eventTime));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  expect(Events[0]!.EventTime!.getTime()).toBe(nowOf(t.account) - 5 * DAY);
});
