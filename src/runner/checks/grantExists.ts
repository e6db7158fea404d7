/**
 * A grant on the key for a grantee (allowing at least `operations`). `absent: true` asks for the
 * opposite: no such grant any more (retired or revoked).
 */
import { fail, pass, type CheckKind } from './checkKind.ts';
import { aliasName, findKeyByAlias } from './findKey.ts';
import { arrayOf, bool, object, oneOf, optional, str } from '../validate/validators.ts';

export type GrantExistsCheck = {
  readonly kind: 'grantExists';
  readonly alias: string;
  /** The grantee principal ARN, or a placeholder such as {{userArn:bob}}. */
  readonly grantee: string;
  readonly operations?: readonly string[];
  readonly absent?: boolean;
};

export const grantExists = (fields: Omit<GrantExistsCheck, 'kind'>): GrantExistsCheck => ({ kind: 'grantExists', ...fields });

export const grantExistsKind: CheckKind<GrantExistsCheck> = {
  kind: 'grantExists',
  validate: object({ kind: oneOf('grantExists'), alias: str, grantee: str, operations: optional(arrayOf(str, { min: 1 })), absent: optional(bool) }),
  evaluate(check, { state, resolve }) {
    const alias = aliasName(check.alias);
    const key = findKeyByAlias(state, alias);
    if (!key) return fail('grantExists.noKey', { alias });
    const grantee = resolve(check.grantee) ?? check.grantee;
    const operations = check.operations ?? [];
    const grants = Object.values(state.kms.grants).filter((g) => g.keyId === key.keyId && g.granteePrincipal === grantee);
    const full = grants.filter((g) => operations.every((op) => (g.operations as readonly string[]).includes(op)));
    const params = { alias, grantee, operations: operations.join(', ') || '-' };
    if (check.absent) return grants.length === 0 ? pass('grantExists.gone', params) : fail('grantExists.stillThere', { ...params, grantId: grants[0]!.grantId });
    if (full.length > 0) return pass('grantExists.found', { ...params, grantId: full[0]!.grantId });
    return grants.length > 0 ? fail('grantExists.fewerOperations', { ...params, actual: grants[0]!.operations.join(', ') }) : fail('grantExists.none', params);
  },
};
