/**
 * Work the simulated clock makes due: keys whose deletion date has passed are deleted, keys
 * whose rotation date has passed are rotated. dispatch runs this before every call, so
 * fast-forwarding the clock and then looking is enough to see it happen.
 */
import type { Account } from './account.ts';
import { rotateDueKeys } from './kms/rotateDueKeys.ts';
import { deleteDueKeys } from './kms/deleteDueKeys.ts';
import { deliverLogFiles } from './cloudtrail/deliverLogFiles.ts';
import { ageEventHistory } from './cloudtrail/eventHistory.ts';

export type ScheduledWork = (account: Account, now: number) => Promise<void>;

/** Each service adds its own time-driven work here. */
const work: readonly ScheduledWork[] = [
  rotateDueKeys,
  deleteDueKeys,
  // After the work that records events: a rotation dated over 90 days ago ages out at once.
  ageEventHistory,
  // Last, so the events the work above records can already be in a due log file.
  deliverLogFiles,
];

export async function runScheduledWork(account: Account, now: number): Promise<void> {
  for (const step of work) await step(account, now);
}
