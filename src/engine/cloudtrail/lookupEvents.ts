/**
 * cloudtrail:LookupEvents — event history: the last 90 days of management events in this
 * Region, newest first, filtered by at most one lookup attribute and a time range, 50 per page
 * by default. A NextToken only works with the same filters it was issued for (API reference).
 */
import type { OperationContext } from '../operation.ts';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../../shared/bytes.ts';
import { invalidLookupAttributes, invalidNextToken, invalidTimeRange } from './cloudTrailErrors.ts';
import { attributeValues, toLookupEvent, type LookupAttributeKey } from './lookupAttribute.ts';
import { EVENT_HISTORY_MS } from './recordCall.ts';
import type { CloudTrailRecord } from './state.ts';

export type LookupEventsInput = {
  LookupAttributes?: { AttributeKey: LookupAttributeKey; AttributeValue: string }[];
  StartTime?: Date;
  EndTime?: Date;
  EventCategory?: 'insight';
  MaxResults?: number;
  NextToken?: string;
};

const toMs = (value: unknown): number | undefined =>
  value instanceof Date ? value.getTime() : typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : undefined;

/** What a NextToken must be presented with again: the filters, not the page size. */
const fingerprintOf = (input: LookupEventsInput) =>
  JSON.stringify([input.LookupAttributes ?? [], toMs(input.StartTime) ?? null, toMs(input.EndTime) ?? null]);

function readToken(token: string, fingerprint: string): string {
  const bytes = fromBase64(token);
  try {
    const parsed = JSON.parse(bytes ? fromUtf8(bytes) : '') as { after?: unknown; filters?: unknown };
    if (typeof parsed.after === 'string' && parsed.filters === fingerprint) return parsed.after;
  } catch {
    // falls through to the error below
  }
  throw invalidNextToken();
}

function matching(ctx: OperationContext, input: LookupEventsInput): CloudTrailRecord[] {
  const attributes = input.LookupAttributes ?? [];
  if (attributes.length > 1) throw invalidLookupAttributes('You can only specify one lookup attribute.'); // wording unconfirmed
  const start = Math.max(toMs(input.StartTime) ?? -Infinity, ctx.now - EVENT_HISTORY_MS);
  const end = toMs(input.EndTime) ?? Infinity;
  if ((toMs(input.StartTime) ?? -Infinity) > end) throw invalidTimeRange();
  const attribute = attributes[0];
  const events = ctx.account.state.cloudtrail.events;
  const found: CloudTrailRecord[] = [];
  for (let i = events.length - 1; i >= 0; i--) {
    const record = events[i]!;
    const at = Date.parse(record.eventTime);
    if (at < start || at > end) continue;
    if (attribute && !attributeValues(record, attribute.AttributeKey).includes(attribute.AttributeValue)) continue;
    found.push(record);
  }
  // Newest first; service events dated in the past (automatic rotation) take their place by time.
  return found.sort((a, b) => Date.parse(b.eventTime) - Date.parse(a.eventTime));
}

export async function lookupEvents(ctx: OperationContext, input: LookupEventsInput) {
  const fingerprint = fingerprintOf(input);
  const after = input.NextToken !== undefined ? readToken(input.NextToken, fingerprint) : undefined;
  // Event history holds management events only; Insights events are not simulated.
  const all = input.EventCategory === 'insight' ? [] : matching(ctx, input);
  let from = 0;
  if (after !== undefined) {
    from = all.findIndex((r) => r.eventID === after) + 1;
    if (from === 0) throw invalidNextToken();
  }
  const page = all.slice(from, from + (input.MaxResults ?? 50));
  const more = from + page.length < all.length;
  const NextToken = more ? toBase64(utf8(JSON.stringify({ after: page.at(-1)!.eventID, filters: fingerprint }))) : undefined;
  return { Events: page.map(toLookupEvent), ...(NextToken ? { NextToken } : {}) };
}
