/**
 * Event history's lookup: the console's attribute names for LookupEvents' AttributeKey, its
 * relative time ranges, and one page of events through cloudtrail:LookupEvents.
 */
import type { CallFailure, EngineClient, InputOf, OutputOf } from '../../client/engineClient.ts';
import type { Result } from '../../shared/result.ts';

export type LookupEvent = OutputOf<'cloudtrail:LookupEvents'>['Events'][number];
type Attribute = NonNullable<InputOf<'cloudtrail:LookupEvents'>['LookupAttributes']>[number];
export type AttributeKey = Attribute['AttributeKey'];

/** In the console's order. */
export const ATTRIBUTE_KEYS: readonly AttributeKey[] = ['ReadOnly', 'Username', 'EventName', 'ResourceType', 'ResourceName', 'EventSource', 'EventId', 'AccessKeyId'];

const HOUR = 3600_000;
export const TIME_RANGES = { all: undefined, '1h': HOUR, '12h': 12 * HOUR, '1d': 24 * HOUR, '7d': 7 * 24 * HOUR, '30d': 30 * 24 * HOUR } as const;
export type TimeRange = keyof typeof TIME_RANGES;

export type Lookup = { readonly key: AttributeKey; readonly value: string; readonly range: TimeRange };

export async function lookupPage(client: EngineClient, as: string, lookup: Lookup, NextToken?: string): Promise<Result<{ events: LookupEvent[]; next?: string }, CallFailure>> {
  const span = TIME_RANGES[lookup.range];
  const value = lookup.value.trim();
  const r = await client.call('cloudtrail:LookupEvents', {
    ...(value ? { LookupAttributes: [{ AttributeKey: lookup.key, AttributeValue: value }] } : {}),
    ...(span ? { StartTime: new Date(client.now() - span), EndTime: new Date(client.now()) } : {}),
    MaxResults: 50,
    ...(NextToken ? { NextToken } : {}),
  }, { as });
  return r.ok ? { ok: true, value: { events: r.value.Events ?? [], ...(r.value.NextToken ? { next: r.value.NextToken } : {}) } } : r;
}

/** The CloudTrailEvent string, indented as the console's "Event record" shows it. */
export function prettyRecord(event: LookupEvent): string {
  try {
    return JSON.stringify(JSON.parse(event.CloudTrailEvent ?? ''), null, 2);
  } catch {
    return event.CloudTrailEvent ?? '';
  }
}
