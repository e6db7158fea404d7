import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';
import { ACCOUNT_ROOT, addUser } from './grantTestPrincipals.ts';
import { putTestKey, TEST_START } from './testKeys.ts';

describe('ListGrants and ListRetirableGrants', () => {
  it('lists a grant with exactly the fields of GrantListEntry', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const alice = addUser(t, 'alice');
    const { GrantId } = await t.ok('kms:CreateGrant', {
      KeyId: key.keyId, GranteePrincipal: alice.arn, RetiringPrincipal: ACCOUNT_ROOT, Operations: ['Encrypt', 'Decrypt'],
      Constraints: { EncryptionContextSubset: { Department: 'IT' } }, Name: 'app',
    });
    const { Grants, Truncated } = await t.ok('kms:ListGrants', { KeyId: key.keyId });
    expect(Grants).toEqual([{
      KeyId: key.arn, GrantId, Name: 'app', CreationDate: new Date(TEST_START), GranteePrincipal: alice.arn, RetiringPrincipal: ACCOUNT_ROOT,
      IssuingAccount: ACCOUNT_ROOT, Operations: ['Encrypt', 'Decrypt'], Constraints: { EncryptionContextSubset: { Department: 'IT' } },
    }]);
    expect(Truncated).toBe(false);
  });

  it('shows an unnamed, unconstrained grant with an empty Name and no Constraints or RetiringPrincipal', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: ACCOUNT_ROOT, Operations: ['DescribeKey'] });
    const [entry] = (await t.ok('kms:ListGrants', { KeyId: key.arn })).Grants;
    expect(entry!.Name).toBe('');
    expect(entry).not.toHaveProperty('Constraints');
    expect(entry).not.toHaveProperty('RetiringPrincipal');
  });

  it('filters by grant id and by grantee, and lists only the key it names', async () => {
    const t = await testAccount();
    const [key, other] = [await putTestKey(t), await putTestKey(t)];
    const [alice, bob] = [addUser(t, 'alice'), addUser(t, 'bob')];
    const a = await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: alice.arn, Operations: ['Decrypt'] });
    const b = await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: bob.arn, Operations: ['Decrypt'] });
    await t.ok('kms:CreateGrant', { KeyId: other.keyId, GranteePrincipal: alice.arn, Operations: ['Decrypt'] });
    const ids = async (input: { GrantId?: string; GranteePrincipal?: string }) => (await t.ok('kms:ListGrants', { KeyId: key.keyId, ...input })).Grants.map((g) => g.GrantId);
    expect(await ids({})).toEqual([a.GrantId, b.GrantId]);
    expect(await ids({ GrantId: b.GrantId })).toEqual([b.GrantId]);
    expect(await ids({ GranteePrincipal: alice.arn })).toEqual([a.GrantId]);
    expect(await ids({ GrantId: 'f'.repeat(64) })).toEqual([]);
  });

  it('pages with Limit and Marker and refuses a marker it never handed out', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const made = [];
    for (let i = 0; i < 3; i++) made.push((await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: ACCOUNT_ROOT, Operations: ['Decrypt'] })).GrantId);
    const first = await t.ok('kms:ListGrants', { KeyId: key.keyId, Limit: 2 });
    expect(first).toMatchObject({ Truncated: true, NextMarker: made[2] });
    expect(first.Grants.map((g) => g.GrantId)).toEqual(made.slice(0, 2));
    const rest = await t.ok('kms:ListGrants', { KeyId: key.keyId, Limit: 2, Marker: first.NextMarker });
    expect(rest.Grants.map((g) => g.GrantId)).toEqual([made[2]]);
    expect(rest).not.toHaveProperty('NextMarker');
    await t.fails('kms:ListGrants', { KeyId: key.keyId, Marker: 'nope' }, 'InvalidMarkerException');
  });

  it('lists grants of a key in any state but refuses an alias or a missing key', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: ACCOUNT_ROOT, Operations: ['Decrypt'] });
    await t.ok('kms:ScheduleKeyDeletion', { KeyId: key.keyId, PendingWindowInDays: 7 });
    expect((await t.ok('kms:ListGrants', { KeyId: key.keyId })).Grants).toHaveLength(1);
    await t.ok('kms:CreateAlias', { AliasName: 'alias/x', TargetKeyId: (await putTestKey(t)).keyId });
    await t.fails('kms:ListGrants', { KeyId: 'alias/x' }, 'InvalidArnException', 'Key Aliases are not supported for this operation.');
    await t.fails('kms:ListGrants', { KeyId: 'invalid' }, 'NotFoundException', "Invalid keyId 'invalid'");
  });

  it('lists the grants a principal may retire, across keys', async () => {
    const t = await testAccount();
    const [key, other] = [await putTestKey(t), await putTestKey(t)];
    const [alice, bob] = [addUser(t, 'alice'), addUser(t, 'bob')];
    const one = await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: alice.arn, RetiringPrincipal: bob.arn, Operations: ['Decrypt'] });
    await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: alice.arn, RetiringPrincipal: alice.arn, Operations: ['Decrypt'] });
    await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: bob.arn, Operations: ['Decrypt'] });
    const two = await t.ok('kms:CreateGrant', { KeyId: other.keyId, GranteePrincipal: alice.arn, RetiringPrincipal: bob.arn, Operations: ['Encrypt'] });
    const { Grants } = await t.ok('kms:ListRetirableGrants', { RetiringPrincipal: bob.arn });
    expect(Grants.map((g) => [g.GrantId, g.KeyId])).toEqual([[one.GrantId, key.arn], [two.GrantId, other.arn]]);
    const page = await t.ok('kms:ListRetirableGrants', { RetiringPrincipal: bob.arn, Limit: 1 });
    expect(page).toMatchObject({ Truncated: true, NextMarker: two.GrantId });
  });

  it('forgets the grants of a key once the key is deleted', async () => {
    const t = await testAccount();
    const [key, other] = [await putTestKey(t), await putTestKey(t)];
    await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: ACCOUNT_ROOT, RetiringPrincipal: ACCOUNT_ROOT, Operations: ['Decrypt'] });
    const kept = await t.ok('kms:CreateGrant', { KeyId: other.keyId, GranteePrincipal: ACCOUNT_ROOT, RetiringPrincipal: ACCOUNT_ROOT, Operations: ['Decrypt'] });
    await t.ok('kms:ScheduleKeyDeletion', { KeyId: key.keyId, PendingWindowInDays: 7 });
    await t.advanceDays(8);
    expect((await t.ok('kms:ListRetirableGrants', { RetiringPrincipal: ACCOUNT_ROOT })).Grants.map((g) => g.GrantId)).toEqual([kept.GrantId]);
  });
});
