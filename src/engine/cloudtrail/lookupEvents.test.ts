/** Event history through LookupEvents: every lookup attribute, time ranges, pages, newest first. */
import { expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';
import { advanceClock } from '../time.ts';

const MINUTE = 60 * 1000;

async function accountWithHistory() {
  const t = await testAccount();
  const { KeyMetadata } = await t.ok('kms:CreateKey', { Description: 'history' });
  await advanceClock(t.account, MINUTE);
  await t.ok('kms:Encrypt', { KeyId: KeyMetadata.KeyId, Plaintext: new Uint8Array([1]) });
  await advanceClock(t.account, MINUTE);
  await t.fails('kms:DescribeKey', { KeyId: 'alias/missing' }, 'NotFoundException');
  return { t, key: KeyMetadata };
}

const names = (events: { EventName?: string }[]) => events.map((e) => e.EventName);

it('lists management events newest first with the record as the CloudTrailEvent JSON string', async () => {
  const { t, key } = await accountWithHistory();
  const { Events } = await t.ok('cloudtrail:LookupEvents', {});
  expect(names(Events)).toEqual(['DescribeKey', 'Encrypt', 'CreateKey']);
  const encrypt = Events[1]!;
  expect(encrypt).toMatchObject({
    EventName: 'Encrypt', ReadOnly: 'true', AccessKeyId: 'AKIAIOSFODNN7EXAMPLE', EventSource: 'kms.amazonaws.com', Username: 'Admin',
    Resources: [{ ResourceType: 'AWS::KMS::Key', ResourceName: key.Arn }],
  });
  expect(encrypt.EventTime).toEqual(new Date(Date.UTC(2026, 0, 15, 9, 1, 0)));
  expect(JSON.parse(encrypt.CloudTrailEvent)).toMatchObject({ eventID: encrypt.EventId, eventName: 'Encrypt', eventVersion: '1.11' });
});

it('filters by each lookup attribute', async () => {
  const { t, key } = await accountWithHistory();
  const lookup = async (AttributeKey: never, AttributeValue: string) =>
    names((await t.ok('cloudtrail:LookupEvents', { LookupAttributes: [{ AttributeKey, AttributeValue }] })).Events);
  const { Events } = await t.ok('cloudtrail:LookupEvents', {});
  expect(await lookup('EventId' as never, Events[1]!.EventId!)).toEqual(['Encrypt']);
  expect(await lookup('EventName' as never, 'CreateKey')).toEqual(['CreateKey']);
  expect(await lookup('ReadOnly' as never, 'false')).toEqual(['CreateKey']);
  expect(await lookup('Username' as never, 'Admin')).toEqual(expect.arrayContaining(['DescribeKey', 'Encrypt', 'CreateKey', 'LookupEvents']));
  expect(await lookup('ResourceType' as never, 'AWS::KMS::Key')).toEqual(['Encrypt', 'CreateKey']);
  expect(await lookup('ResourceName' as never, key.Arn)).toEqual(['Encrypt', 'CreateKey']);
  expect(new Set(await lookup('EventSource' as never, 'cloudtrail.amazonaws.com'))).toEqual(new Set(['LookupEvents']));
  expect(await lookup('AccessKeyId' as never, 'AKIANOTTHISONE')).toEqual([]);
});

it('keeps to the time range and to the last 90 days of simulated time', async () => {
  const { t } = await accountWithHistory();
  const start = new Date(Date.UTC(2026, 0, 15, 9, 0, 30));
  const end = new Date(Date.UTC(2026, 0, 15, 9, 1, 30));
  expect(names((await t.ok('cloudtrail:LookupEvents', { StartTime: start, EndTime: end })).Events)).toEqual(['Encrypt']);
  await t.fails('cloudtrail:LookupEvents', { StartTime: end, EndTime: start }, 'InvalidTimeRangeException');
  await t.advanceDays(91);
  const { Events } = await t.ok('cloudtrail:LookupEvents', { LookupAttributes: [{ AttributeKey: 'EventSource', AttributeValue: 'kms.amazonaws.com' }] });
  expect(Events).toEqual([]);
});

it('pages with MaxResults and a NextToken that only works with the same filters', async () => {
  const { t } = await accountWithHistory();
  const filter = { LookupAttributes: [{ AttributeKey: 'EventSource' as const, AttributeValue: 'kms.amazonaws.com' }] };
  const first = await t.ok('cloudtrail:LookupEvents', { ...filter, MaxResults: 2 });
  expect(names(first.Events)).toEqual(['DescribeKey', 'Encrypt']);
  const second = await t.ok('cloudtrail:LookupEvents', { ...filter, MaxResults: 2, NextToken: first.NextToken });
  expect(names(second.Events)).toEqual(['CreateKey']);
  expect(second.NextToken).toBeUndefined();
  await t.fails('cloudtrail:LookupEvents', { MaxResults: 2, NextToken: first.NextToken }, 'InvalidNextTokenException');
  await t.fails('cloudtrail:LookupEvents', { NextToken: 'not-a-token' }, 'InvalidNextTokenException');
  await t.fails('cloudtrail:LookupEvents', { MaxResults: 51 }, 'ValidationException');
});

it('refuses more than one lookup attribute and records LookupEvents itself as a read-only CloudTrail event', async () => {
  const { t } = await accountWithHistory();
  await t.fails('cloudtrail:LookupEvents', { LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'A' }, { AttributeKey: 'EventName', AttributeValue: 'B' }] }, 'InvalidLookupAttributesException');
  const { Events } = await t.ok('cloudtrail:LookupEvents', { LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'LookupEvents' }] });
  expect(Events[0]).toMatchObject({ EventSource: 'cloudtrail.amazonaws.com', ReadOnly: 'true' });
  expect(JSON.parse(Events[0]!.CloudTrailEvent!)).toMatchObject({ errorCode: 'InvalidLookupAttributesException', requestParameters: { lookupAttributes: [{ attributeKey: 'EventName', attributeValue: 'A' }, { attributeKey: 'EventName', attributeValue: 'B' }] } });
});
