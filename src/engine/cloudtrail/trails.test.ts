/** Trails: lifecycle, AWS's errors, event selectors, and gzip log files delivered on the simulated clock. */
import { expect, it } from 'vitest';
import { testAccount, type TestAccount } from '../testing/testAccount.ts';
import { advanceClock } from '../time.ts';
import type { CloudTrailRecord } from './state.ts';
import { createLogBucket, deliveredLogFiles } from './testing/logBucket.ts';

const MINUTE = 60 * 1000;
const TRAIL_ARN = 'arn:aws:cloudtrail:us-east-1:111122223333:trail/lab-trail';

async function withBucket(prefix?: string): Promise<TestAccount> {
  const t = await testAccount();
  await createLogBucket(t, 'lab-logs', prefix ? { prefix } : {});
  return t;
}

async function loggingTrail(): Promise<TestAccount> {
  const t = await withBucket();
  await t.ok('cloudtrail:CreateTrail', { Name: 'lab-trail', S3BucketName: 'lab-logs' });
  await t.ok('cloudtrail:StartLogging', { Name: 'lab-trail' });
  return t;
}

const recordsIn = async (t: TestAccount, index: number): Promise<CloudTrailRecord[]> => (await deliveredLogFiles(t, 'lab-logs'))[index]!.records;

it('creates a stopped trail, starts and stops it, and describes it as AWS does', async () => {
  const t = await withBucket('audit');
  const created = await t.ok('cloudtrail:CreateTrail', { Name: 'lab-trail', S3BucketName: 'lab-logs', S3KeyPrefix: 'audit' });
  expect(created).toEqual({
    Name: 'lab-trail', S3BucketName: 'lab-logs', S3KeyPrefix: 'audit', IncludeGlobalServiceEvents: true, IsMultiRegionTrail: false,
    TrailARN: TRAIL_ARN, LogFileValidationEnabled: false, IsOrganizationTrail: false,
  });
  expect((await t.ok('cloudtrail:GetTrailStatus', { Name: 'lab-trail' })).IsLogging).toBe(false);
  await t.ok('cloudtrail:StartLogging', { Name: TRAIL_ARN });
  const started = await t.ok('cloudtrail:GetTrailStatus', { Name: 'lab-trail' });
  expect(started).toMatchObject({ IsLogging: true, StartLoggingTime: new Date(Date.UTC(2026, 0, 15, 9)), TimeLoggingStarted: '2026-01-15T09:00:00Z' });
  await t.ok('cloudtrail:StopLogging', { Name: 'lab-trail' });
  expect((await t.ok('cloudtrail:GetTrailStatus', { Name: 'lab-trail' })).IsLogging).toBe(false);
  const { Trail } = await t.ok('cloudtrail:GetTrail', { Name: 'lab-trail' });
  expect(Trail).toMatchObject({ Name: 'lab-trail', HomeRegion: 'us-east-1', HasCustomEventSelectors: false, HasInsightSelectors: false });
  expect((await t.ok('cloudtrail:DescribeTrails', {})).trailList.map((x) => x.Name)).toEqual(['lab-trail']);
  expect((await t.ok('cloudtrail:DescribeTrails', { trailNameList: ['other'] })).trailList).toEqual([]);
  await t.ok('cloudtrail:DeleteTrail', { Name: 'lab-trail' });
  await t.fails('cloudtrail:GetTrail', { Name: 'lab-trail' }, 'TrailNotFoundException', 'Unknown trail: lab-trail for the user: 111122223333');
});

it('answers AWS errors for unknown, duplicate and badly named trails', async () => {
  const t = await loggingTrail();
  await t.fails('cloudtrail:CreateTrail', { Name: 'lab-trail', S3BucketName: 'lab-logs' }, 'TrailAlreadyExistsException');
  await t.fails('cloudtrail:StartLogging', { Name: 'nope' }, 'TrailNotFoundException', 'Unknown trail: nope for the user: 111122223333');
  await t.fails('cloudtrail:GetTrailStatus', { Name: 'nope' }, 'TrailNotFoundException', `Unknown trail: arn:aws:cloudtrail:us-east-1:111122223333:trail/nope for the user: 111122223333`);
  await t.fails('cloudtrail:DeleteTrail', { Name: 'ab' }, 'InvalidTrailNameException', 'Trail name too short. Minimum allowed length: 3 characters. Specified name length: 2 characters.');
  await t.fails('cloudtrail:CreateTrail', { Name: '-trail', S3BucketName: 'b' }, 'InvalidTrailNameException', 'Trail name must starts with a letter or number.');
  await t.fails('cloudtrail:CreateTrail', { Name: 'my trail', S3BucketName: 'b' }, 'InvalidTrailNameException');
  await t.fails('cloudtrail:CreateTrail', { Name: 'x'.repeat(129), S3BucketName: 'b' }, 'InvalidTrailNameException');
});

it('delivers a gzip JSON log file under AWSLogs five simulated minutes after the events', async () => {
  const t = await loggingTrail();
  const { KeyMetadata } = await t.ok('kms:CreateKey', {});
  expect(Object.keys(t.account.state.s3.buckets['lab-logs']!.objects)).toEqual([]);
  await advanceClock(t.account, 5 * MINUTE);
  const [file] = await deliveredLogFiles(t, 'lab-logs');
  expect(file!.key).toMatch(/^AWSLogs\/111122223333\/CloudTrail\/us-east-1\/2026\/01\/15\/111122223333_CloudTrail_us-east-1_20260115T0905Z_[A-Za-z0-9]{16}\.json\.gz$/);
  const records = await recordsIn(t, 0);
  expect(records.map((r) => r.eventName)).toEqual(['StartLogging', 'CreateKey']);
  expect(records[1]).toEqual(t.account.state.cloudtrail.events.find((e) => e.eventName === 'CreateKey'));
  expect(records[1]!.resources).toEqual([{ accountId: '111122223333', type: 'AWS::KMS::Key', ARN: KeyMetadata.Arn }]);
  const status = await t.ok('cloudtrail:GetTrailStatus', { Name: 'lab-trail' });
  expect(status.LatestDeliveryTime).toEqual(new Date(Date.UTC(2026, 0, 15, 9, 5)));
});

it('delivers one file per due batch when the clock jumps, each stamped with its delivery time, under the key prefix', async () => {
  const t = await withBucket('audit');
  await t.ok('cloudtrail:CreateTrail', { Name: 'lab-trail', S3BucketName: 'lab-logs', S3KeyPrefix: 'audit' });
  await t.ok('cloudtrail:StartLogging', { Name: 'lab-trail' });
  await advanceClock(t.account, 10 * MINUTE);
  await t.ok('kms:ListKeys', {});
  t.account.state.cloudtrail.deliveryDelayMs = MINUTE;
  await advanceClock(t.account, 60 * MINUTE);
  const keys = (await deliveredLogFiles(t, 'lab-logs')).map((f) => f.key);
  expect(keys).toHaveLength(2);
  expect(keys[0]).toMatch(/^audit\/AWSLogs\/.*_20260115T0905Z_/);
  expect(keys[1]).toMatch(/_20260115T0911Z_/);
  expect((await recordsIn(t, 1)).map((r) => r.eventName)).toEqual(['ListKeys']);
});

it('logs only what the event selectors ask for: write-only management events, S3 object data events', async () => {
  const t = await loggingTrail();
  const put = await t.ok('cloudtrail:PutEventSelectors', {
    TrailName: 'lab-trail',
    EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::lab-bucket/'] }] }],
  });
  expect(put.EventSelectors).toEqual([{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::lab-bucket/'] }], ExcludeManagementEventSources: [] }]);
  expect((await t.ok('cloudtrail:GetTrail', { Name: 'lab-trail' })).Trail.HasCustomEventSelectors).toBe(true);
  await t.ok('kms:CreateKey', {});
  await t.ok('kms:ListKeys', {});
  await advanceClock(t.account, 5 * MINUTE);
  expect((await recordsIn(t, 0)).map((r) => r.eventName)).toEqual(['StartLogging', 'PutEventSelectors', 'CreateKey']);
  expect(await t.ok('cloudtrail:GetEventSelectors', { TrailName: 'lab-trail' })).toEqual({ TrailARN: TRAIL_ARN, EventSelectors: put.EventSelectors });
});

it('replaces basic selectors with advanced ones and refuses selectors AWS refuses', async () => {
  const t = await loggingTrail();
  const AdvancedEventSelectors = [{ Name: 'KMS only', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }, { Field: 'eventSource', Equals: ['kms.amazonaws.com'] }] }];
  await t.ok('cloudtrail:PutEventSelectors', { TrailName: 'lab-trail', AdvancedEventSelectors });
  expect(await t.ok('cloudtrail:GetEventSelectors', { TrailName: 'lab-trail' })).toEqual({ TrailARN: TRAIL_ARN, AdvancedEventSelectors });
  await t.ok('kms:ListKeys', {});
  await advanceClock(t.account, 5 * MINUTE);
  expect((await recordsIn(t, 0)).map((r) => r.eventName)).toEqual(['StartLogging', 'ListKeys']);
  await t.fails('cloudtrail:PutEventSelectors', { TrailName: 'lab-trail' }, 'InvalidEventSelectorsException');
  await t.fails('cloudtrail:PutEventSelectors', { TrailName: 'lab-trail', EventSelectors: [{ DataResources: [{ Type: 'AWS::Nope', Values: [] }] }] }, 'InvalidEventSelectorsException');
  await t.fails('cloudtrail:PutEventSelectors', { TrailName: 'lab-trail', AdvancedEventSelectors: [{ FieldSelectors: [{ Field: 'eventName', Equals: ['Encrypt'] }] }] }, 'InvalidEventSelectorsException');
  await t.fails('cloudtrail:GetEventSelectors', { TrailName: 'other' }, 'TrailNotFoundException');
});

it('delivers nothing from a trail that never started logging', async () => {
  const t = await withBucket();
  await t.ok('cloudtrail:CreateTrail', { Name: 'lab-trail', S3BucketName: 'lab-logs' });
  await t.ok('kms:CreateKey', {});
  await advanceClock(t.account, 60 * MINUTE);
  expect(await deliveredLogFiles(t, 'lab-logs')).toEqual([]);
});
