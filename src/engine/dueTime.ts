/**
 * When scheduled work is next due, so that dispatch's step 1 is one comparison on the calls
 * where nothing is (nearly all of them) instead of a walk over every key and trail. The time is
 * derived state (derivedState.ts): recomputed after any mutating call and after the work runs.
 * Recording a call can make work due without being a mutating call (the first record in event
 * history or in a trail's next log file), so storing a record brings the time forward itself.
 * The two CloudTrail settings that tests change directly are compared on every call.
 */
import type { Account } from './account.ts';
import { derived, peekDerived } from './derivedState.ts';

type DueTime = { at: number; readonly deliveryDelayMs?: number; readonly eventHistoryLimit?: number };

const KEY = 'scheduledWorkDueAt';

const settingsOf = (account: Account) => {
  const { deliveryDelayMs, eventHistoryLimit } = account.state.cloudtrail;
  return { deliveryDelayMs, eventHistoryLimit };
};

/** The earliest time any scheduled work may be due; `compute` walks the state when it is not known. */
export function scheduledWorkDueAt(account: Account, compute: () => number): number {
  const { deliveryDelayMs, eventHistoryLimit } = account.state.cloudtrail;
  const known = derived<DueTime>(account, KEY, () => ({ at: compute(), ...settingsOf(account) }));
  if (known.deliveryDelayMs === deliveryDelayMs && known.eventHistoryLimit === eventHistoryLimit) return known.at;
  known.at = -Infinity;
  return known.at;
}

/** Something will be due at `at` (a record was stored): the known time comes forward to it if that is sooner. */
export function workDueBy(account: Account, at: number): void {
  const known = peekDerived<DueTime>(account, KEY);
  if (known && at < known.at) known.at = at;
}
