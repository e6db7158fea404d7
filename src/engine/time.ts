/** Fast-forwarding the simulated clock (deletion windows, rotation periods, log delivery). */
import { nowOf, type Account } from './account.ts';
import { AwsError } from './errors.ts';
import { emit } from './events.ts';
import { runScheduledWork } from './scheduled.ts';

export async function advanceClock(account: Account, ms: number): Promise<number> {
  if (!Number.isFinite(ms) || ms < 0) throw new AwsError('ValidationException', 'The clock only moves forward.', 400, 'lab');
  account.state.clockOffsetMs += ms;
  const now = nowOf(account);
  await runScheduledWork(account, now);
  emit(account.listeners, { type: 'time', now });
  return now;
}
