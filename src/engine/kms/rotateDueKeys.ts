/**
 * Automatic rotation, driven by the simulated clock: every enabled key whose next rotation
 * date has passed gets new material dated at that rotation date, and its next date moves on
 * by one period. A clock fast-forwarded past several periods rotates several times, as the
 * real service would have over that time.
 */
import type { ScheduledWork } from '../scheduled.ts';
import { nextRotationAfter, rotateMaterial } from './keyRotation.ts';
import { recordKmsKeyEvent } from '../cloudtrail/recordServiceEvent.ts';

export const rotateDueKeys: ScheduledWork = async (account, now) => {
  for (const key of Object.values(account.state.kms.keys)) {
    const { rotation } = key;
    // AWS does not rotate disabled keys or keys pending deletion; the schedule resumes later.
    if (!rotation.enabled || key.keyState !== 'Enabled' || key.origin !== 'AWS_KMS') continue;
    const period = rotation.periodInDays;
    let due = rotation.nextRotationDate;
    if (period === undefined || due === undefined) continue;
    while (due <= now) {
      await rotateMaterial(account, key, 'AUTOMATIC', due);
      recordKmsKeyEvent(account, due, 'RotateKey', key);
      due = nextRotationAfter(due, period);
    }
    rotation.nextRotationDate = due;
  }
};
