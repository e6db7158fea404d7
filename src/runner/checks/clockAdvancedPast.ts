/** The simulated clock has been fast-forwarded by at least `days` days. */
import { fail, pass, type CheckKind } from './checkKind.ts';
import { num, object, oneOf } from '../validate/validators.ts';

export type ClockAdvancedPastCheck = { readonly kind: 'clockAdvancedPast'; readonly days: number };

export const clockAdvancedPast = (fields: Omit<ClockAdvancedPastCheck, 'kind'>): ClockAdvancedPastCheck => ({ kind: 'clockAdvancedPast', ...fields });

const DAY_MS = 24 * 60 * 60 * 1000;

export const clockAdvancedPastKind: CheckKind<ClockAdvancedPastCheck> = {
  kind: 'clockAdvancedPast',
  validate: object({ kind: oneOf('clockAdvancedPast'), days: num }),
  evaluate(check, { state }) {
    const advanced = Math.floor(state.clockOffsetMs / DAY_MS);
    const params = { days: check.days, advanced };
    return state.clockOffsetMs >= check.days * DAY_MS ? pass('clockAdvancedPast.ok', params) : fail('clockAdvancedPast.notYet', params);
  },
};
