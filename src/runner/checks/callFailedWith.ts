/**
 * The learner has seen a given error: a call to `action` failed with `code` (the API's code,
 * e.g. AccessDeniedException, DisabledException). The session remembers failures from the
 * client's events, whichever door the call came through (console, CLI, SDK).
 */
import { fail, pass, type CheckKind } from './checkKind.ts';
import { object, oneOf, str } from '../validate/validators.ts';

export type CallFailedWithCheck = { readonly kind: 'callFailedWith'; readonly action: string; readonly code: string };

export const callFailedWith = (fields: Omit<CallFailedWithCheck, 'kind'>): CallFailedWithCheck => ({ kind: 'callFailedWith', ...fields });

export const callFailedWithKind: CheckKind<CallFailedWithCheck> = {
  kind: 'callFailedWith',
  validate: object({ kind: oneOf('callFailedWith'), action: str, code: str }),
  evaluate(check, { failures }) {
    const params = { action: check.action, code: check.code };
    if (failures.some((f) => f.action === check.action && f.code === check.code)) return pass('callFailedWith.seen', params);
    const other = failures.filter((f) => f.action === check.action).at(-1);
    return other ? fail('callFailedWith.otherError', { ...params, actual: other.code }) : fail('callFailedWith.notYet', params);
  },
};
