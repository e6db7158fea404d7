/** The key's state (Enabled, Disabled, PendingDeletion, …), as DescribeKey's KeyState shows it. */
import { fail, pass, type CheckKind } from './checkKind.ts';
import { aliasName, findKeyByAlias } from './findKey.ts';
import { object, oneOf, str } from '../validate/validators.ts';

const STATES = ['Enabled', 'Disabled', 'PendingDeletion', 'PendingImport', 'Unavailable'] as const;

export type KeyStateIsCheck = { readonly kind: 'keyStateIs'; readonly alias: string; readonly state: (typeof STATES)[number] };

export const keyStateIs = (fields: Omit<KeyStateIsCheck, 'kind'>): KeyStateIsCheck => ({ kind: 'keyStateIs', ...fields });

export const keyStateIsKind: CheckKind<KeyStateIsCheck> = {
  kind: 'keyStateIs',
  validate: object({ kind: oneOf('keyStateIs'), alias: str, state: oneOf(...STATES) }),
  evaluate(check, { state }) {
    const alias = aliasName(check.alias);
    const key = findKeyByAlias(state, alias);
    if (!key) return fail('keyStateIs.noKey', { alias });
    if (key.keyState !== check.state) return fail('keyStateIs.other', { alias, expected: check.state, actual: key.keyState });
    return pass('keyStateIs.ok', { alias, state: key.keyState });
  },
};
