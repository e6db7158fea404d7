import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';
import { putTestKey } from './testKeys.ts';

const ADMIN_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Admins', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: ['kms:Put*', 'kms:Get*', 'kms:List*', 'kms:Describe*'], Resource: '*' }],
});

describe('GetKeyPolicy, PutKeyPolicy, ListKeyPolicies', () => {
  it('replaces the key policy and returns it exactly as stored, named default', async () => {
    const t = await testAccount();
    const { keyId: KeyId } = await putTestKey(t);
    await t.ok('kms:PutKeyPolicy', { KeyId, Policy: ADMIN_POLICY });
    expect(await t.ok('kms:GetKeyPolicy', { KeyId, PolicyName: 'default' })).toEqual({ Policy: ADMIN_POLICY, PolicyName: 'default' });
  });

  it('rejects a document that is not a policy with an empty MalformedPolicyDocumentException', async () => {
    const t = await testAccount();
    const { keyId: KeyId } = await putTestKey(t);
    for (const Policy of ['{not json', '[]', '{"Version":"2012-10-17"}', '{"Statement":[{"Effect":"Maybe","Principal":"*","Action":"kms:*"}]}']) {
      await t.fails('kms:PutKeyPolicy', { KeyId, Policy }, 'MalformedPolicyDocumentException', '');
    }
  });

  it('refuses a policy that would stop anyone changing the policy, unless the safety check is bypassed', async () => {
    const t = await testAccount();
    const { keyId: KeyId } = await putTestKey(t);
    const usersOnly = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: '*' }] });
    await t.fails('kms:PutKeyPolicy', { KeyId, Policy: usersOnly }, 'MalformedPolicyDocumentException', 'The new key policy will not allow you to update the key policy in the future.');
    await t.ok('kms:PutKeyPolicy', { KeyId, Policy: usersOnly, BypassPolicyLockoutSafetyCheck: true });
    // Bypassed, the check was right: now not even the Admin may read or change the policy.
    await t.fails('kms:GetKeyPolicy', { KeyId }, 'AccessDeniedException');
    await t.fails('kms:PutKeyPolicy', { KeyId, Policy: ADMIN_POLICY }, 'AccessDeniedException');
  });

  it('only knows the policy named default', async () => {
    const t = await testAccount();
    const { keyId: KeyId } = await putTestKey(t);
    await t.fails('kms:GetKeyPolicy', { KeyId, PolicyName: 'other' }, 'NotFoundException', 'No such policy exists');
    await t.fails('kms:PutKeyPolicy', { KeyId, PolicyName: 'other', Policy: ADMIN_POLICY }, 'NotFoundException', 'No such policy exists');
    expect(await t.ok('kms:ListKeyPolicies', { KeyId })).toEqual({ PolicyNames: ['default'], Truncated: false });
  });

  it('reads and writes the policy of a key in any state, even pending deletion', async () => {
    const t = await testAccount();
    const { keyId: KeyId } = await putTestKey(t);
    await t.ok('kms:ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
    await t.ok('kms:PutKeyPolicy', { KeyId, Policy: ADMIN_POLICY });
    expect((await t.ok('kms:GetKeyPolicy', { KeyId })).Policy).toBe(ADMIN_POLICY);
    expect((await t.ok('kms:ListKeyPolicies', { KeyId })).PolicyNames).toEqual(['default']);
  });

  it('answers for a key that does not exist with NotFoundException', async () => {
    const t = await testAccount();
    await t.fails('kms:GetKeyPolicy', { KeyId: 'alias/none' }, 'NotFoundException', 'Alias arn:aws:kms:us-east-1:111122223333:alias/none is not found.');
  });
});
