/**
 * Event history's storage: records kept in time order (oldest first), so a time range is two
 * binary searches instead of a scan; 90 days of simulated time, as AWS keeps; and a lab limit
 * on how many records stay in memory (ARCHITECTURE.md, Decisions), oldest out first. Trimming
 * happens in batches because removing from the front of a large array moves all of it.
 */
import type { NextDue, ScheduledWork } from '../scheduled.ts';
import type { CloudTrailRecord, CloudTrailState } from './state.ts';

export const EVENT_HISTORY_MS = 90 * 24 * 60 * 60 * 1000;

/** The lab keeps at most this many records in event history (and waiting in each trail). */
export const EVENT_HISTORY_LIMIT = 100_000;

export const timeOf = (record: CloudTrailRecord): number => Date.parse(record.eventTime);

export const historyLimitOf = (cloudtrail: CloudTrailState): number => cloudtrail.eventHistoryLimit ?? EVENT_HISTORY_LIMIT;

/** How far past its limit a list may grow before it is trimmed back: 1%, so trims are rare. */
const slackOf = (limit: number) => Math.max(1, Math.floor(limit / 100));

/** The index of the first record whose time is ≥ ms (after: > ms); events.length when none. */
export function indexAtTime(events: readonly CloudTrailRecord[], ms: number, after = false): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = timeOf(events[mid]!);
    if (at < ms || (after && at === ms)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Saves from before this file kept records sorted may hold a rotation event dated in the
// past at the end; each array is checked (and sorted) once, the first time it is read.
const known = new WeakSet<CloudTrailRecord[]>();

/** The account's event history, oldest first. */
export function historyOf(cloudtrail: CloudTrailState): CloudTrailRecord[] {
  const { events } = cloudtrail;
  if (known.has(events)) return events;
  for (let i = 1; i < events.length; i++) {
    if (timeOf(events[i - 1]!) > timeOf(events[i]!)) {
      // A stable sort keeps records of the same second in the order they were written.
      events.sort((a, b) => timeOf(a) - timeOf(b));
      break;
    }
  }
  known.add(events);
  return events;
}

/** The index of the oldest record LookupEvents may show: within 90 days and within the limit. */
export function firstVisible(cloudtrail: CloudTrailState, now: number): number {
  const events = historyOf(cloudtrail);
  return Math.max(indexAtTime(events, now - EVENT_HISTORY_MS), events.length - historyLimitOf(cloudtrail));
}

/** Drops the front of a list once it is more than 1% past its limit. */
function trimToLimit<T>(list: T[], limit: number): void {
  if (list.length > limit + slackOf(limit)) list.splice(0, list.length - limit);
}

/** Removes records older than 90 days and those beyond the limit. */
export function pruneEventHistory(cloudtrail: CloudTrailState, now: number): void {
  const events = historyOf(cloudtrail);
  if (events.length > 0 && timeOf(events[0]!) < now - EVENT_HISTORY_MS) events.splice(0, indexAtTime(events, now - EVENT_HISTORY_MS));
  trimToLimit(events, historyLimitOf(cloudtrail));
}

/** Adds a record in time order: appended, or, for a service event dated in the past, after its second. */
export function addToEventHistory(cloudtrail: CloudTrailState, record: CloudTrailRecord, now: number): void {
  const events = historyOf(cloudtrail);
  const at = timeOf(record);
  if (events.length === 0 || timeOf(events.at(-1)!) <= at) events.push(record);
  else events.splice(indexAtTime(events, at, true), 0, record);
  pruneEventHistory(cloudtrail, now);
}

/** A trail whose log files are not coming (the clock stands still) keeps at most the limit waiting. */
export function addToPending(cloudtrail: CloudTrailState, pending: CloudTrailRecord[], record: CloudTrailRecord): void {
  pending.push(record);
  trimToLimit(pending, historyLimitOf(cloudtrail));
}

/** When the oldest record is 90 days old; at once if the list is over its limit (a limit lowered since). */
export const nextAgingDue: NextDue = (account) => {
  const { cloudtrail } = account.state;
  const events = historyOf(cloudtrail);
  const limit = historyLimitOf(cloudtrail);
  if (events.length > limit + slackOf(limit)) return -Infinity;
  return events.length === 0 ? Infinity : timeOf(events[0]!) + EVENT_HISTORY_MS;
};

/** Scheduled work: fast-forwarding the clock ages records out of event history. */
export const ageEventHistory: ScheduledWork = async (account, now) => pruneEventHistory(account.state.cloudtrail, now);
