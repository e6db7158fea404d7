/**
 * LookupEvents over a large history (3,000 records spread over 89 days, several per second,
 * some filed out of order as service events are) against a plain filter-and-sort of what was
 * stored, paging through every page.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { nowOf } from '../account.ts';
import { testAccount, type TestAccount } from '../testing/testAccount.ts';
import { attributeValues, type LookupAttributeKey } from './lookupAttribute.ts';
import { storeRecord } from './recordCall.ts';
import type { CloudTrailRecord } from './state.ts';
import { isoSeconds } from './userIdentity.ts';

const DAY = 24 * 60 * 60 * 1000;
const COUNT = 3000;

type History = { t: TestAccount; written: CloudTrailRecord[]; now: number; first: number };

/** Real records of a few calls, copied with new ids and times into the account's history. */
async function largeHistory(): Promise<History> {
  const t = await testAccount();
  const { KeyMetadata } = await t.ok('kms:CreateKey', {});
  await t.ok('kms:Encrypt', { KeyId: KeyMetadata.KeyId, Plaintext: new Uint8Array([1]) });
  await t.ok('kms:DescribeKey', { KeyId: KeyMetadata.KeyId });
  await t.fails('kms:DescribeKey', { KeyId: 'alias/missing' }, 'NotFoundException');
  await t.ok('kms:ListKeys', {});
  const templates = [...t.account.state.cloudtrail.events];
  t.account.state.cloudtrail.events.length = 0;
  const now = nowOf(t.account);
  const first = now - 89 * DAY;
  const written: CloudTrailRecord[] = [];
  for (let i = 0; i < COUNT; i++) {
    // Three records a second for a while, then a gap; every 97th dated a day back (a late service event).
    const at = first + Math.floor(i / 3) * 7_000 + (i % 97 === 96 ? -DAY : 0);
    const template = templates[i % templates.length]!;
    const record = { ...template, eventID: `event-${i}`, eventTime: isoSeconds(Math.max(first, at)) };
    storeRecord(t.account, record, now);
    written.push(record);
  }
  return { t, written, now, first };
}

/** What event history should answer: newest first, and of one second, the later written first. */
function expected(h: History, key: LookupAttributeKey | undefined, value: string, start: number, end: number): string[] {
  return h.written
    .map((record, order) => ({ record, order, at: Date.parse(record.eventTime) }))
    .filter(({ record, at }) => at >= start && at <= end && (!key || attributeValues(record, key).includes(value)))
    .sort((a, b) => b.at - a.at || b.order - a.order)
    .map(({ record }) => record.eventID);
}

async function allPages(t: TestAccount, input: object, pageSize: number): Promise<string[]> {
  const ids: string[] = [];
  let NextToken: string | undefined;
  do {
    const page = await t.ok('cloudtrail:LookupEvents', { ...input, MaxResults: pageSize, ...(NextToken ? { NextToken } : {}) } as never);
    expect(page.Events.length).toBeLessThanOrEqual(pageSize);
    ids.push(...page.Events.map((e) => e.EventId!));
    NextToken = page.NextToken;
  } while (NextToken);
  return ids;
}

it('finds exactly the stored records of a time range and attribute, newest first, across every page', async () => {
  const h = await largeHistory();
  const names = ['Encrypt', 'CreateKey', 'DescribeKey', 'ListKeys'];
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom<LookupAttributeKey | undefined>(undefined, 'EventName', 'ReadOnly', 'EventId'),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 88 * DAY }),
      fc.integer({ min: 0, max: 30 * DAY }),
      fc.integer({ min: 10, max: 50 }),
      fc.boolean(),
      async (key, pick, startOffset, span, pageSize, onRecords) => {
        // Either anywhere, or exactly on the seconds records carry: both ends are inclusive.
        const snap = (ms: number) => (onRecords ? ms - ((ms - h.first) % 7_000) : ms);
        const start = snap(h.first + startOffset);
        // Before now, so the LookupEvents calls of this test stay out of the answer.
        const end = snap(Math.min(start + span, h.now - 1000));
        const value = key === 'EventName' ? names[pick]! : key === 'ReadOnly' ? String(pick % 2 === 0) : `event-${pick * 701}`;
        const input = { ...(key ? { LookupAttributes: [{ AttributeKey: key, AttributeValue: value }] } : {}), StartTime: new Date(start), EndTime: new Date(end) };
        expect(await allPages(h.t, input, pageSize)).toEqual(expected(h, key, value, start, end));
      },
    ),
    { numRuns: 16, seed: 5 },
  );
});

it('answers a filter with no time range from the whole 90 days, and the first page without reading the rest', async () => {
  const h = await largeHistory();
  const filter = { LookupAttributes: [{ AttributeKey: 'EventName' as const, AttributeValue: 'Encrypt' }] };
  expect(await allPages(h.t, filter, 50)).toEqual(expected(h, 'EventName', 'Encrypt', -Infinity, Infinity));
  const first = await h.t.ok('cloudtrail:LookupEvents', filter);
  expect(first.Events.map((e) => e.EventId)).toEqual(expected(h, 'EventName', 'Encrypt', -Infinity, Infinity).slice(0, 50));
  expect(first.NextToken).toBeDefined();
});
