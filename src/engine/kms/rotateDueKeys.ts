/**
 * Automatic rotation, driven by the simulated clock: every enabled key whose next rotation
 * date has passed gets new material dated at that rotation date, and its next date moves on
 * by one period. A clock fast-forwarded past several periods rotates several times, as the
 * real service would have over that time.
 */
import type { Account } from '../account.ts';
import type { NextDue, ScheduledWork } from '../scheduled.ts';
import type { KmsKey } from './state.ts';
import { nextRotationAfter, rotateMaterial } from './keyRotation.ts';
import { recordKmsKeyEvent } from '../cloudtrail/recordServiceEvent.ts';

/** The key's next automatic rotation date, if it rotates automatically at all. */
function scheduledRotationOf(key: KmsKey): { readonly due: number; readonly period: number } | undefined {
  const { rotation } = key;
  // AWS does not rotate disabled keys or keys pending deletion; the schedule resumes later.
  if (!rotation.enabled || key.keyState !== 'Enabled' || key.origin !== 'AWS_KMS') return undefined;
  const period = rotation.periodInDays;
  const due = rotation.nextRotationDate;
  return period === undefined || due === undefined ? undefined : { due, period };
}

export const nextRotationDue: NextDue = (account: Account) => {
  let soonest = Infinity;
  for (const key of Object.values(account.state.kms.keys)) soonest = Math.min(soonest, scheduledRotationOf(key)?.due ?? Infinity);
  return soonest;
};

export const rotateDueKeys: ScheduledWork = async (account, now) => {
  for (const key of Object.values(account.state.kms.keys)) {
    const scheduled = scheduledRotationOf(key);
    if (!scheduled) continue;
    const { period } = scheduled;
    let due = scheduled.due;
    while (due <= now) {
      await rotateMaterial(account, key, 'AUTOMATIC', due);
      recordKmsKeyEvent(account, due, 'RotateKey', key);
      due = nextRotationAfter(due, period);
    }
    key.rotation.nextRotationDate = due;
  }
};
