/** The key has been rotated at least `count` times (new key material), optionally of one rotation type. */
import { fail, pass, type CheckKind } from './checkKind.ts';
import { aliasName, findKeyByAlias } from './findKey.ts';
import { num, object, oneOf, optional, str } from '../validate/validators.ts';

export type KeyMaterialRotatedCheck = {
  readonly kind: 'keyMaterialRotated';
  readonly alias: string;
  readonly count: number;
  readonly rotationType?: 'AUTOMATIC' | 'ON_DEMAND';
};

export const keyMaterialRotated = (fields: Omit<KeyMaterialRotatedCheck, 'kind'>): KeyMaterialRotatedCheck => ({ kind: 'keyMaterialRotated', ...fields });

export const keyMaterialRotatedKind: CheckKind<KeyMaterialRotatedCheck> = {
  kind: 'keyMaterialRotated',
  validate: object({ kind: oneOf('keyMaterialRotated'), alias: str, count: num, rotationType: optional(oneOf('AUTOMATIC', 'ON_DEMAND')) }),
  evaluate(check, { state }) {
    const alias = aliasName(check.alias);
    const key = findKeyByAlias(state, alias);
    if (!key) return fail('keyMaterialRotated.noKey', { alias });
    // The first material came with the key; every later one is a rotation (ListKeyRotations' entries).
    const rotations = key.materials.filter((m) => m.rotationType !== undefined && (check.rotationType === undefined || m.rotationType === check.rotationType)).length;
    const type = check.rotationType ?? 'ANY';
    if (rotations < check.count) return fail('keyMaterialRotated.notYet', { alias, expected: check.count, actual: rotations, type });
    return pass('keyMaterialRotated.ok', { alias, actual: rotations, type });
  },
};
