/**
 * "Would this principal be allowed this action on the key?", decided by the engine's own
 * evaluator (key policy, IAM policies, grants) through the client's read-only explainKmsAccess.
 * `allowed: false` asks for a denial (a key user removed, an explicit deny in place).
 */
import { fail, pass, type CheckKind } from './checkKind.ts';
import { aliasName, findKeyByAlias } from './findKey.ts';
import { bool, object, oneOf, optional, str } from '../validate/validators.ts';

export type KeyPolicyAllowsCheck = {
  readonly kind: 'keyPolicyAllows';
  readonly alias: string;
  /** A principal ARN, or a placeholder such as {{learnerRoleArn}} or {{userArn:bob}}. */
  readonly principal: string;
  readonly action: string;
  readonly allowed?: boolean;
};

export const keyPolicyAllows = (fields: Omit<KeyPolicyAllowsCheck, 'kind'>): KeyPolicyAllowsCheck => ({ kind: 'keyPolicyAllows', ...fields });

export const keyPolicyAllowsKind: CheckKind<KeyPolicyAllowsCheck> = {
  kind: 'keyPolicyAllows',
  validate: object({ kind: oneOf('keyPolicyAllows'), alias: str, principal: str, action: str, allowed: optional(bool) }),
  evaluate(check, { state, client, resolve }) {
    const alias = aliasName(check.alias);
    const key = findKeyByAlias(state, alias);
    if (!key) return fail('keyPolicyAllows.noKey', { alias });
    const principal = resolve(check.principal);
    if (principal === undefined) return fail('keyPolicyAllows.noPrincipal', { principal: check.principal });
    const answer = client.explainKmsAccess({ principalArn: principal, action: check.action, keyId: key.keyId });
    if (!answer.ok) return fail('keyPolicyAllows.noPrincipal', { principal });
    const decision = answer.value?.decision ?? 'ImplicitDeny';
    const params = { alias, principal, action: check.action, decision };
    const wantAllow = check.allowed ?? true;
    if ((decision === 'Allow') === wantAllow) return pass(wantAllow ? 'keyPolicyAllows.allowed' : 'keyPolicyAllows.denied', params);
    return fail(wantAllow ? 'keyPolicyAllows.stillDenied' : 'keyPolicyAllows.stillAllowed', params);
  },
};
