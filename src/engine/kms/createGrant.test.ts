import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';
import { ACCOUNT_ROOT, addUser, seededRoleArn } from './grantTestPrincipals.ts';
import { putTestKey } from './testKeys.ts';
import { grantIdInToken } from './grantToken.ts';

async function setUp() {
  const t = await testAccount();
  const key = await putTestKey(t);
  const alice = addUser(t, 'alice');
  return { t, key, alice };
}

describe('CreateGrant', () => {
  it('returns a 64-hex grant id and an opaque base64 token that names it', async () => {
    const { t, key, alice } = await setUp();
    const { GrantId, GrantToken } = await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: alice.arn, Operations: ['Decrypt'] });
    expect(GrantId).toMatch(/^[0-9a-f]{64}$/);
    expect(GrantToken).toMatch(/^AQpA[A-Za-z0-9+/]+=*$/);
    expect(GrantToken.length).toBeGreaterThan(200);
    expect(grantIdInToken(GrantToken)).toBe(GrantId);
  });

  it('accepts the key ARN and refuses an alias or alias ARN as AWS does', async () => {
    const { t, key, alice } = await setUp();
    await t.ok('kms:CreateAlias', { AliasName: 'alias/app', TargetKeyId: key.keyId });
    await t.ok('kms:CreateGrant', { KeyId: key.arn, GranteePrincipal: alice.arn, Operations: ['Encrypt'] });
    for (const KeyId of ['alias/app', 'arn:aws:kms:us-east-1:111122223333:alias/app']) {
      await t.fails('kms:CreateGrant', { KeyId, GranteePrincipal: alice.arn, Operations: ['Encrypt'] }, 'InvalidArnException', 'Key Aliases are not supported for this operation.');
    }
  });

  it('refuses a key that does not exist, is disabled or is pending deletion', async () => {
    const t = await testAccount();
    const missing = '11111111-2222-4333-8444-555555555555';
    const grant = (KeyId: string) => ({ KeyId, GranteePrincipal: ACCOUNT_ROOT, Operations: ['Decrypt'] });
    await t.fails('kms:CreateGrant', grant(missing), 'NotFoundException', `Key 'arn:aws:kms:us-east-1:111122223333:key/${missing}' does not exist`);
    const disabled = await putTestKey(t, { keyState: 'Disabled' });
    await t.fails('kms:CreateGrant', grant(disabled.keyId), 'DisabledException', `${disabled.arn} is disabled.`);
    const doomed = await putTestKey(t, { keyState: 'PendingDeletion' });
    await t.fails('kms:CreateGrant', grant(doomed.keyId), 'KMSInvalidStateException', `${doomed.arn} is pending deletion.`);
  });

  it('accepts users, roles and the account as principals, and refuses ones that do not exist', async () => {
    const { t, key, alice } = await setUp();
    for (const GranteePrincipal of [alice.arn, seededRoleArn(t), ACCOUNT_ROOT]) {
      await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal, Operations: ['DescribeKey'] });
    }
    for (const GranteePrincipal of ['arn:aws:iam::111122223333:user/nobody', 'arn:aws:iam::111122223333:role/nothing', 'not-an-arn']) {
      await t.fails('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal, Operations: ['DescribeKey'] }, 'InvalidArnException', `${GranteePrincipal} is not a valid principal.`);
    }
    const ghost = 'arn:aws:iam::111122223333:user/ghost';
    await t.fails('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: alice.arn, RetiringPrincipal: ghost, Operations: ['Decrypt'] }, 'InvalidArnException');
  });

  it('refuses operations a symmetric encryption key cannot do, and unknown operations before reaching KMS', async () => {
    const { t, key, alice } = await setUp();
    for (const operation of ['Sign', 'Verify', 'GetPublicKey', 'GenerateMac', 'VerifyMac', 'DeriveSharedSecret']) {
      await t.fails('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: alice.arn, Operations: ['Decrypt', operation] }, 'ValidationException', `Grant operation ${operation} is not valid for a KMS key with KeySpec SYMMETRIC_DEFAULT.`);
    }
    await t.fails('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: alice.arn, Operations: ['Shred'] }, 'ValidationException', /Member must satisfy enum value set/);
    expect(t.account.state.kms.grants).toEqual({});
  });

  it('returns the same grant id for a retry with the same name and parameters, with a new token each time', async () => {
    const { t, key, alice } = await setUp();
    const request = { KeyId: key.keyId, GranteePrincipal: alice.arn, Operations: ['Encrypt', 'Decrypt'] as const, Name: 'app', Constraints: { EncryptionContextSubset: { a: '1', b: '2' } } };
    const first = await t.ok('kms:CreateGrant', { ...request, Operations: [...request.Operations] });
    const retry = await t.ok('kms:CreateGrant', { ...request, KeyId: key.arn, Operations: ['Decrypt', 'Encrypt'], Constraints: { EncryptionContextSubset: { b: '2', a: '1' } } });
    expect(retry.GrantId).toBe(first.GrantId);
    expect(retry.GrantToken).not.toBe(first.GrantToken);
    expect(grantIdInToken(retry.GrantToken)).toBe(first.GrantId);
    expect(Object.keys(t.account.state.kms.grants)).toHaveLength(1);
  });

  it('makes a new grant when the name is the same but a parameter differs, or when there is no name', async () => {
    const { t, key, alice } = await setUp();
    const base = { KeyId: key.keyId, GranteePrincipal: alice.arn, Operations: ['Decrypt' as const] };
    const named = await t.ok('kms:CreateGrant', { ...base, Name: 'app' });
    const moreOps = await t.ok('kms:CreateGrant', { ...base, Name: 'app', Operations: ['Decrypt', 'Encrypt'] });
    const retiring = await t.ok('kms:CreateGrant', { ...base, Name: 'app', RetiringPrincipal: ACCOUNT_ROOT });
    const unnamed1 = await t.ok('kms:CreateGrant', base);
    const unnamed2 = await t.ok('kms:CreateGrant', base);
    expect(new Set([named, moreOps, retiring, unnamed1, unnamed2].map((g) => g.GrantId)).size).toBe(5);
  });

  it('keeps the same name on two keys as two grants', async () => {
    const { t, key, alice } = await setUp();
    const other = await putTestKey(t);
    const a = await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: alice.arn, Operations: ['Decrypt'], Name: 'shared' });
    const b = await t.ok('kms:CreateGrant', { KeyId: other.keyId, GranteePrincipal: alice.arn, Operations: ['Decrypt'], Name: 'shared' });
    expect(a.GrantId).not.toBe(b.GrantId);
  });

  it('answers a DryRun that would succeed with DryRunOperationException and creates nothing', async () => {
    const { t, key, alice } = await setUp();
    const error = await t.fails('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: alice.arn, Operations: ['Decrypt'], DryRun: true }, 'DryRunOperationException', 'The request would have succeeded, but the DryRun option is set.');
    expect(error.httpStatus).toBe(412);
    expect(t.account.state.kms.grants).toEqual({});
    await t.fails('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: 'arn:aws:iam::111122223333:user/ghost', Operations: ['Decrypt'], DryRun: true }, 'InvalidArnException');
  });

  it('accepts grant tokens KMS issued and refuses anything else in GrantTokens', async () => {
    const { t, key, alice } = await setUp();
    const { GrantToken } = await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: alice.arn, Operations: ['CreateGrant', 'Decrypt'] });
    await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: alice.arn, Operations: ['Decrypt'], GrantTokens: [GrantToken] });
    await t.fails('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: alice.arn, Operations: ['Decrypt'], GrantTokens: ['not-a-token'] }, 'InvalidGrantTokenException', 'The request was rejected because the specified grant token is not valid.');
  });
});
