/** An alias that names a customer managed key (optionally the one with a given tag or description). */
import { fail, pass, type CheckKind } from './checkKind.ts';
import { aliasName, customerKeys } from './findKey.ts';
import { object, oneOf, optional, str } from '../validate/validators.ts';

export type AliasPointsToCheck = {
  readonly kind: 'aliasPointsTo';
  readonly alias: string;
  readonly tag?: { readonly key: string; readonly value: string };
  readonly description?: string;
};

export const aliasPointsTo = (fields: Omit<AliasPointsToCheck, 'kind'>): AliasPointsToCheck => ({ kind: 'aliasPointsTo', ...fields });

export const aliasPointsToKind: CheckKind<AliasPointsToCheck> = {
  kind: 'aliasPointsTo',
  validate: object({ kind: oneOf('aliasPointsTo'), alias: str, tag: optional(object({ key: str, value: str })), description: optional(str) }),
  evaluate(check, { state }) {
    const alias = aliasName(check.alias);
    const entry = state.kms.aliases[alias];
    if (!entry) return fail('aliasPointsTo.noAlias', { alias });
    const { tag, description } = check;
    const targets = customerKeys(state).filter((key) =>
      (description === undefined || key.description === description) && (!tag || key.tags.some((t) => t.TagKey === tag.key && t.TagValue === tag.value)));
    if (targets.length === 0) return fail('aliasPointsTo.noTarget', { alias, wanted: tag ? `${tag.key}=${tag.value}` : description ?? '' });
    if (!targets.some((key) => key.keyId === entry.targetKeyId)) return fail('aliasPointsTo.otherKey', { alias, actual: entry.targetKeyId, expected: targets[0]!.keyId });
    return pass('aliasPointsTo.ok', { alias, keyId: entry.targetKeyId });
  },
};
