/** Automatic rotation is on for the key (optionally with a given rotation period). */
import { fail, pass, type CheckKind } from './checkKind.ts';
import { aliasName, findKeyByAlias } from './findKey.ts';
import { num, object, oneOf, optional, str } from '../validate/validators.ts';

export type KeyRotationEnabledCheck = { readonly kind: 'keyRotationEnabled'; readonly alias: string; readonly periodInDays?: number };

export const keyRotationEnabled = (fields: Omit<KeyRotationEnabledCheck, 'kind'>): KeyRotationEnabledCheck => ({ kind: 'keyRotationEnabled', ...fields });

export const keyRotationEnabledKind: CheckKind<KeyRotationEnabledCheck> = {
  kind: 'keyRotationEnabled',
  validate: object({ kind: oneOf('keyRotationEnabled'), alias: str, periodInDays: optional(num) }),
  evaluate(check, { state }) {
    const alias = aliasName(check.alias);
    const key = findKeyByAlias(state, alias);
    if (!key) return fail('keyRotationEnabled.noKey', { alias });
    if (!key.rotation.enabled) return fail('keyRotationEnabled.off', { alias });
    const period = key.rotation.periodInDays ?? 365;
    if (check.periodInDays !== undefined && period !== check.periodInDays) return fail('keyRotationEnabled.period', { alias, expected: check.periodInDays, actual: period });
    return pass('keyRotationEnabled.on', { alias, period });
  },
};
