/** A customer managed key with the given alias, description, tag, spec and state. */
import { fail, pass, type CheckKind } from './checkKind.ts';
import { aliasName, aliasesOf, customerKeys, type KeyView } from './findKey.ts';
import { object, oneOf, optional, str } from '../validate/validators.ts';

const KEY_STATES = ['Enabled', 'Disabled', 'PendingDeletion', 'PendingImport', 'Unavailable', 'Creating', 'Updating'] as const;

export type KeyExistsCheck = {
  readonly kind: 'keyExists';
  readonly alias?: string;
  readonly description?: string;
  readonly tag?: { readonly key: string; readonly value: string };
  readonly keySpec?: string;
  readonly keyState?: (typeof KEY_STATES)[number];
};

export const keyExists = (fields: Omit<KeyExistsCheck, 'kind'>): KeyExistsCheck => ({ kind: 'keyExists', ...fields });

const wanted = (check: KeyExistsCheck) => check.alias ?? check.tag?.value ?? check.description ?? '';

/** The first field the key does not match, for the message. */
function mismatch(key: KeyView, check: KeyExistsCheck): { field: string; expected: string; actual: string } | undefined {
  if (check.description !== undefined && key.description !== check.description) return { field: 'description', expected: check.description, actual: key.description };
  if (check.keySpec !== undefined && key.keySpec !== check.keySpec) return { field: 'keySpec', expected: check.keySpec, actual: key.keySpec };
  if (check.keyState !== undefined && key.keyState !== check.keyState) return { field: 'keyState', expected: check.keyState, actual: key.keyState };
  const tag = check.tag;
  if (tag && !key.tags.some((t) => t.TagKey === tag.key && t.TagValue === tag.value)) {
    return { field: 'tag', expected: `${tag.key}=${tag.value}`, actual: key.tags.map((t) => `${t.TagKey}=${t.TagValue}`).join(', ') || '-' };
  }
  return undefined;
}

export const keyExistsKind: CheckKind<KeyExistsCheck> = {
  kind: 'keyExists',
  validate: object({
    kind: oneOf('keyExists'),
    alias: optional(str),
    description: optional(str),
    tag: optional(object({ key: str, value: str })),
    keySpec: optional(str),
    keyState: optional(oneOf(...KEY_STATES)),
  }),
  evaluate(check, { state }) {
    const alias = check.alias === undefined ? undefined : aliasName(check.alias);
    const candidates = customerKeys(state).filter((key) => alias === undefined || aliasesOf(state, key.keyId).includes(alias));
    if (candidates.length === 0) return fail(alias ? 'keyExists.noAlias' : 'keyExists.noKey', { alias: alias ?? '', wanted: wanted(check) });
    const match = candidates.find((key) => !mismatch(key, check));
    if (match) return pass('keyExists.found', { keyId: match.keyId, alias: alias ?? '' });
    const first = mismatch(candidates[0]!, check)!;
    return fail('keyExists.mismatch', { keyId: candidates[0]!.keyId, ...first });
  },
};
