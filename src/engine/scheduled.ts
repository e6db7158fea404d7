/**
 * Work the simulated clock makes due: keys whose deletion date has passed are deleted, keys
 * whose rotation date has passed are rotated. dispatch runs this before every call, so
 * fast-forwarding the clock and then looking is enough to see it happen. Each piece of work
 * also says when it is next due, so a call with nothing due costs one comparison (dueTime.ts).
 */
import type { Account } from './account.ts';
import { stateChanged } from './derivedState.ts';
import { scheduledWorkDueAt } from './dueTime.ts';
import { nextRotationDue, rotateDueKeys } from './kms/rotateDueKeys.ts';
import { deleteDueKeys, nextDeletionDue } from './kms/deleteDueKeys.ts';
import { deliverLogFiles, nextDeliveryDue } from './cloudtrail/deliverLogFiles.ts';
import { ageEventHistory, nextAgingDue } from './cloudtrail/eventHistory.ts';

export type ScheduledWork = (account: Account, now: number) => Promise<void>;

/** The earliest time the work may have something to do: never later than it really does. */
export type NextDue = (account: Account) => number;

/** Each service adds its own time-driven work here. */
const work: readonly { readonly run: ScheduledWork; readonly nextDue: NextDue }[] = [
  { run: rotateDueKeys, nextDue: nextRotationDue },
  { run: deleteDueKeys, nextDue: nextDeletionDue },
  // After the work that records events: a rotation dated over 90 days ago ages out at once.
  { run: ageEventHistory, nextDue: nextAgingDue },
  // Last, so the events the work above records can already be in a due log file.
  { run: deliverLogFiles, nextDue: nextDeliveryDue },
];

const nextDueOf = (account: Account) => Math.min(...work.map((step) => step.nextDue(account)));

/** True when some work is due at `now`: dispatch awaits runScheduledWork only then. */
export const isWorkDue = (account: Account, now: number): boolean => now >= scheduledWorkDueAt(account, () => nextDueOf(account));

export async function runScheduledWork(account: Account, now: number): Promise<void> {
  if (!isWorkDue(account, now)) return;
  // The work changes state (and may call dispatch itself); what was derived from it is stale.
  stateChanged(account);
  try {
    for (const step of work) await step.run(account, now);
  } finally {
    stateChanged(account);
  }
}
