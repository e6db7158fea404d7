import { describe, expect, it } from 'vitest';
import type { OperationContext } from '../operation.ts';
import type { Principal } from '../principal.ts';
import { testAccount, type TestAccount } from '../testing/testAccount.ts';
import { createGrantContextKeys } from './createGrantContextKeys.ts';
import { ACCOUNT_ROOT, addUser } from './grantTestPrincipals.ts';
import { findMatchingGrant, grantCoversChild } from './grantsAllow.ts';
import type { GrantConstraints, GrantOperation, KmsKey } from './state.ts';
import { putTestKey } from './testKeys.ts';

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const alice: Principal = { type: 'IAMUser', arn: ALICE, accountId: '111122223333', principalId: 'AIDAALICE' };

const contextFor = (t: TestAccount, principal: Principal): OperationContext => ({
  account: t.account, principal, now: 0, requestId: 'r', source: { sourceIp: '203.0.113.1', userAgent: 'test' },
});

async function withGrant(operations: GrantOperation[], constraints?: GrantConstraints, grantee = ALICE) {
  const t = await testAccount();
  const key = await putTestKey(t);
  addUser(t, 'alice');
  const { GrantId } = await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: grantee, Operations: operations, ...(constraints ? { Constraints: constraints } : {}) });
  const match = (action: string, context?: Record<string, string>, principal = alice, onKey: KmsKey = key) =>
    findMatchingGrant(contextFor(t, principal), onKey, action, context)?.grantId;
  return { t, key, GrantId, match };
}

describe('findMatchingGrant', () => {
  it('allows exactly the operations the grant names, with or without the kms: prefix', async () => {
    const { GrantId, match } = await withGrant(['Decrypt', 'DescribeKey']);
    expect(match('kms:Decrypt')).toBe(GrantId);
    expect(match('DescribeKey')).toBe(GrantId);
    expect(match('kms:Encrypt')).toBeUndefined();
    expect(match('kms:ReEncryptFrom')).toBeUndefined();
  });

  it('allows only its grantee, and only on its key', async () => {
    const { t, match } = await withGrant(['Decrypt']);
    const bob: Principal = { ...alice, arn: 'arn:aws:iam::111122223333:user/bob' };
    expect(match('kms:Decrypt', undefined, bob)).toBeUndefined();
    expect(match('kms:Decrypt', undefined, alice, await putTestKey(t))).toBeUndefined();
  });

  it('treats a session of the grantee role as the grantee, but not a session of another role', async () => {
    const t = await testAccount();
    const role = Object.values(t.account.state.iam.roles)[0]!;
    const key = await putTestKey(t);
    const { GrantId } = await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: role.arn, Operations: ['Encrypt'] });
    const session = (roleName: string): Principal => ({ type: 'AssumedRole', arn: `arn:aws:sts::111122223333:assumed-role/${roleName}/s1`, accountId: '111122223333', principalId: 'AROA:s1' });
    expect(findMatchingGrant(contextFor(t, session(role.roleName)), key, 'kms:Encrypt', {})?.grantId).toBe(GrantId);
    expect(findMatchingGrant(contextFor(t, session('OtherRole')), key, 'kms:Encrypt', {})).toBeUndefined();
    const root: Principal = { type: 'Root', arn: ACCOUNT_ROOT, accountId: '111122223333', principalId: '111122223333' };
    expect(findMatchingGrant(contextFor(t, root), key, 'kms:Encrypt', {})).toBeUndefined();
  });

  it('with EncryptionContextSubset, needs every pair in the request, which may have more', async () => {
    const { GrantId, match } = await withGrant(['Decrypt'], { EncryptionContextSubset: { Department: 'IT', Project: 'kms' } });
    expect(match('kms:Decrypt', { Department: 'IT', Project: 'kms' })).toBe(GrantId);
    expect(match('kms:Decrypt', { Project: 'kms', Department: 'IT', Extra: 'yes' })).toBe(GrantId);
    expect(match('kms:Decrypt', { Department: 'IT' })).toBeUndefined();
    expect(match('kms:Decrypt', { Department: 'HR', Project: 'kms' })).toBeUndefined();
    expect(match('kms:Decrypt', undefined)).toBeUndefined();
  });

  it('with EncryptionContextEquals, needs exactly the pairs', async () => {
    const { GrantId, match } = await withGrant(['Encrypt'], { EncryptionContextEquals: { Department: 'IT' } });
    expect(match('kms:Encrypt', { Department: 'IT' })).toBe(GrantId);
    expect(match('kms:Encrypt', { Department: 'IT', Extra: 'yes' })).toBeUndefined();
    expect(match('kms:Encrypt', {})).toBeUndefined();
  });

  it('compares constraint keys without regard to case but values exactly', async () => {
    const { GrantId, match } = await withGrant(['Decrypt'], { EncryptionContextEquals: { Department: 'IT' } });
    expect(match('kms:Decrypt', { DEPARTMENT: 'IT' })).toBe(GrantId);
    expect(match('kms:Decrypt', { department: 'it' })).toBeUndefined();
  });

  it('does not apply constraints to DescribeKey, RetireGrant or CreateGrant', async () => {
    const { GrantId, match } = await withGrant(['DescribeKey', 'RetireGrant', 'CreateGrant', 'Decrypt'], { EncryptionContextSubset: { a: '1' } });
    expect(match('kms:DescribeKey', undefined)).toBe(GrantId);
    expect(match('kms:RetireGrant', undefined)).toBe(GrantId);
    expect(match('kms:CreateGrant', undefined)).toBe(GrantId);
    expect(match('kms:Decrypt', {})).toBeUndefined();
  });

  it('stops matching once the grant is revoked', async () => {
    const { t, key, GrantId, match } = await withGrant(['Decrypt']);
    await t.ok('kms:RevokeGrant', { KeyId: key.keyId, GrantId });
    expect(match('kms:Decrypt')).toBeUndefined();
  });
});

describe('grants that create grants', () => {
  it('cover a child grant with a subset of their operations and constraints at least as strict', async () => {
    const { t, GrantId } = await withGrant(['CreateGrant', 'Decrypt', 'Encrypt'], { EncryptionContextSubset: { a: '1' } });
    const parent = t.account.state.kms.grants[GrantId]!;
    expect(grantCoversChild(parent, ['Decrypt'], { EncryptionContextSubset: { a: '1', b: '2' } })).toBe(true);
    expect(grantCoversChild(parent, ['Decrypt'], { EncryptionContextEquals: { A: '1' } })).toBe(true);
    expect(grantCoversChild(parent, ['Decrypt'], undefined)).toBe(false);
    expect(grantCoversChild(parent, ['Decrypt'], { EncryptionContextSubset: { b: '2' } })).toBe(false);
    expect(grantCoversChild(parent, ['Decrypt', 'ReEncryptFrom'], { EncryptionContextSubset: { a: '1' } })).toBe(false);
  });

  it('with an Equals constraint, require the same Equals constraint', async () => {
    const { t, GrantId } = await withGrant(['CreateGrant', 'Decrypt'], { EncryptionContextEquals: { a: '1' } });
    const parent = t.account.state.kms.grants[GrantId]!;
    expect(grantCoversChild(parent, ['Decrypt'], { EncryptionContextEquals: { a: '1' } })).toBe(true);
    expect(grantCoversChild(parent, ['Decrypt'], { EncryptionContextEquals: { a: '1', b: '2' } })).toBe(false);
    expect(grantCoversChild(parent, ['Decrypt'], { EncryptionContextSubset: { a: '1' } })).toBe(false);
  });
});

describe('createGrantContextKeys', () => {
  it('gives the operations, principals and constraint type of a CreateGrant request', () => {
    const keys = createGrantContextKeys({
      KeyId: 'k', GranteePrincipal: ALICE, RetiringPrincipal: ACCOUNT_ROOT, Operations: ['Decrypt', 'RetireGrant'],
      Constraints: { EncryptionContextSubset: { a: '1' } },
    });
    expect(keys).toEqual({
      'kms:GrantOperations': ['Decrypt', 'RetireGrant'],
      'kms:GranteePrincipal': ALICE,
      'kms:RetiringPrincipal': ACCOUNT_ROOT,
      'kms:GrantConstraintType': 'EncryptionContextSubset',
      'kms:GrantIsForAWSResource': 'false',
    });
  });

  it('leaves out what the request lacks and marks calls an AWS service makes for the caller', () => {
    const keys = createGrantContextKeys({ KeyId: 'k', GranteePrincipal: ALICE, Operations: ['Decrypt'] }, { sourceIp: 's3.amazonaws.com', userAgent: 's3.amazonaws.com', viaService: 's3.us-east-1.amazonaws.com' });
    expect(keys).not.toHaveProperty('kms:RetiringPrincipal');
    expect(keys).not.toHaveProperty('kms:GrantConstraintType');
    expect(keys['kms:GrantIsForAWSResource']).toBe('true');
  });
});
