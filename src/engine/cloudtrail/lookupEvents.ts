/**
 * cloudtrail:LookupEvents — event history: the last 90 days of management events in this
 * Region, newest first, filtered by at most one lookup attribute and a time range, 50 per page
 * by default. A NextToken only works with the same filters it was issued for (API reference).
 */
import type { OperationContext } from '../operation.ts';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../../shared/bytes.ts';
import { invalidLookupAttributes, invalidNextToken, invalidTimeRange } from './cloudTrailErrors.ts';
import { attributeValues, toLookupEvent, type LookupAttributeKey } from './lookupAttribute.ts';
import { firstVisible, historyOf, indexAtTime } from './eventHistory.ts';
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

/**
 * One page, newest first. Records are kept in time order, so the time range is two binary
 * searches; the scan walks back from its end and stops once it has the page and one more.
 */
function pageOf(ctx: OperationContext, input: LookupEventsInput, after: string | undefined) {
  const attributes = input.LookupAttributes ?? [];
  if (attributes.length > 1) throw invalidLookupAttributes('You can only specify one lookup attribute.'); // wording unconfirmed
  const end = toMs(input.EndTime) ?? Infinity;
  if ((toMs(input.StartTime) ?? -Infinity) > end) throw invalidTimeRange();
  // Event history holds management events only; Insights events are not simulated.
  if (input.EventCategory === 'insight') return { page: [], more: false };
  const { cloudtrail } = ctx.account.state;
  const events = historyOf(cloudtrail);
  const from = Math.max(firstVisible(cloudtrail, ctx.now), indexAtTime(events, toMs(input.StartTime) ?? -Infinity));
  const attribute = attributes[0];
  const size = input.MaxResults ?? 50;
  const page: CloudTrailRecord[] = [];
  let skipping = after !== undefined;
  for (let i = indexAtTime(events, end, true) - 1; i >= from; i--) {
    const record = events[i]!;
    if (attribute && !attributeValues(record, attribute.AttributeKey).includes(attribute.AttributeValue)) continue;
    if (skipping) {
      skipping = record.eventID !== after;
      continue;
    }
    if (page.length === size) return { page, more: true };
    page.push(record);
  }
  if (skipping) throw invalidNextToken();
  return { page, more: false };
}

export async function lookupEvents(ctx: OperationContext, input: LookupEventsInput) {
  const fingerprint = fingerprintOf(input);
  const after = input.NextToken !== undefined ? readToken(input.NextToken, fingerprint) : undefined;
  const { page, more } = pageOf(ctx, input, after);
  const NextToken = more ? toBase64(utf8(JSON.stringify({ after: page.at(-1)!.eventID, filters: fingerprint }))) : undefined;
  return { Events: page.map(toLookupEvent), ...(NextToken ? { NextToken } : {}) };
}
