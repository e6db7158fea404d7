import { describe, expect, it } from 'vitest';
import type { Principal } from '../principal.ts';
import { testAccount } from '../testing/testAccount.ts';
import { ACCOUNT_ROOT, addUser } from './grantTestPrincipals.ts';
import { retireGrantRight } from './retireGrantRight.ts';
import { putTestKey } from './testKeys.ts';

async function withGrant() {
  const t = await testAccount();
  const key = await putTestKey(t);
  const [alice, bob] = [addUser(t, 'alice'), addUser(t, 'bob')];
  const created = await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: alice.arn, RetiringPrincipal: bob.arn, Operations: ['Decrypt'] });
  const grantIds = async () => (await t.ok('kms:ListGrants', { KeyId: key.keyId })).Grants.map((g) => g.GrantId);
  return { t, key, alice, bob, ...created, grantIds };
}

const user = (name: string): Principal => ({ type: 'IAMUser', arn: `arn:aws:iam::111122223333:user/${name}`, accountId: '111122223333', principalId: `AIDA${name}` });

describe('RetireGrant and RevokeGrant', () => {
  it('retires a grant by its token, as its retiring principal', async () => {
    const { t, bob, GrantToken, grantIds } = await withGrant();
    await t.as(bob.caller).ok('kms:RetireGrant', { GrantToken });
    expect(await grantIds()).toEqual([]);
  });

  it('retires a grant by key ARN and grant id', async () => {
    const { t, key, GrantId, grantIds } = await withGrant();
    await t.ok('kms:RetireGrant', { KeyId: key.arn, GrantId });
    expect(await grantIds()).toEqual([]);
  });

  it('needs a token, or a key and a grant id together', async () => {
    const { t, key, GrantId } = await withGrant();
    const message = 'Either a grant token or both KeyId and GrantId must be specified.';
    await t.fails('kms:RetireGrant', {}, 'ValidationException', message);
    await t.fails('kms:RetireGrant', { GrantId }, 'ValidationException', message);
    await t.fails('kms:RetireGrant', { KeyId: key.keyId }, 'ValidationException', message);
  });

  it('refuses a token that is not a grant token, a malformed grant id, and a grant that is gone', async () => {
    const { t, key, GrantId, GrantToken } = await withGrant();
    await t.fails('kms:RetireGrant', { GrantToken: 'AQpAbm90LWEtdG9rZW4=' }, 'InvalidGrantTokenException', 'The request was rejected because the specified grant token is not valid.');
    await t.fails('kms:RetireGrant', { KeyId: key.keyId, GrantId: 'g-123' }, 'InvalidGrantIdException', 'The request was rejected because the specified GrantId is not valid.');
    await t.ok('kms:RevokeGrant', { KeyId: key.keyId, GrantId });
    await t.fails('kms:RetireGrant', { GrantToken }, 'NotFoundException', `Grant ID ${GrantId} not found.`);
    await t.fails('kms:RevokeGrant', { KeyId: key.keyId, GrantId }, 'NotFoundException', `Grant ID ${GrantId} not found.`);
  });

  it('finds a grant only on its own key', async () => {
    const { t, GrantId } = await withGrant();
    const other = await putTestKey(t);
    await t.fails('kms:RevokeGrant', { KeyId: other.keyId, GrantId }, 'NotFoundException', `Grant ID ${GrantId} not found.`);
    await t.fails('kms:RetireGrant', { KeyId: other.keyId, GrantId }, 'NotFoundException');
  });

  it('revokes by key id or key ARN in any key state, never by alias', async () => {
    const { t, key, GrantId, grantIds } = await withGrant();
    await t.ok('kms:CreateAlias', { AliasName: 'alias/app', TargetKeyId: key.keyId });
    await t.fails('kms:RevokeGrant', { KeyId: 'alias/app', GrantId }, 'InvalidArnException', 'Key Aliases are not supported for this operation.');
    await t.ok('kms:DisableKey', { KeyId: key.keyId });
    await t.ok('kms:RevokeGrant', { KeyId: key.arn, GrantId });
    expect(await grantIds()).toEqual([]);
  });

  it('changes nothing on a DryRun of either operation', async () => {
    const { t, key, GrantId, GrantToken, grantIds } = await withGrant();
    await t.fails('kms:RetireGrant', { GrantToken, DryRun: true }, 'DryRunOperationException');
    await t.fails('kms:RevokeGrant', { KeyId: key.keyId, GrantId, DryRun: true }, 'DryRunOperationException');
    expect(await grantIds()).toEqual([GrantId]);
  });

  it('lets the grant decide who may retire it: the retiring principal, a grantee allowed RetireGrant, the issuing account', async () => {
    const { t, key, GrantId } = await withGrant();
    const grant = t.account.state.kms.grants[GrantId]!;
    expect(retireGrantRight(user('bob'), grant)).toBe('RetiringPrincipal');
    expect(retireGrantRight(user('alice'), grant)).toBeUndefined();
    expect(retireGrantRight({ type: 'Root', arn: ACCOUNT_ROOT, accountId: '111122223333', principalId: '111122223333' }, grant)).toBe('IssuingAccount');
    expect(retireGrantRight({ type: 'Root', arn: 'arn:aws:iam::444455556666:root', accountId: '444455556666', principalId: '444455556666' }, grant)).toBeUndefined();
    const { GrantId: selfRetiring } = await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: user('alice').arn, Operations: ['Decrypt', 'RetireGrant'] });
    expect(retireGrantRight(user('alice'), t.account.state.kms.grants[selfRetiring]!)).toBe('GranteeWithRetireGrant');
    expect(retireGrantRight(user('carol'), t.account.state.kms.grants[selfRetiring]!)).toBeUndefined();
  });

  it('counts a session of the retiring role as the retiring principal', async () => {
    const { t, key } = await withGrant();
    const role = Object.values(t.account.state.iam.roles)[0]!;
    const { GrantId } = await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: ACCOUNT_ROOT, RetiringPrincipal: role.arn, Operations: ['Decrypt'] });
    const session: Principal = { type: 'AssumedRole', arn: `arn:aws:sts::111122223333:assumed-role/${role.roleName}/learner`, accountId: '111122223333', principalId: `${role.roleId}:learner` };
    expect(retireGrantRight(session, t.account.state.kms.grants[GrantId]!)).toBe('RetiringPrincipal');
  });
});
