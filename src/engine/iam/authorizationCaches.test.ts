/**
 * Authorization keeps parsed policies, each principal's identity policies and each key's aliases
 * as derived state (derivedState.ts). A learner who changes a policy must see the change on the
 * very next call, however many calls came before.
 */
import { describe, it } from 'vitest';
import { bytes, putTestKey } from '../kms/testKeys.ts';
import { testAccount, type TestAccount } from '../testing/testAccount.ts';

const ACCOUNT = '111122223333';
const ROOT_STATEMENT = { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' };
const document = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const ENCRYPT_ANY_KEY = document({ Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' });
const DENIED = /is not authorized to perform: kms:Encrypt/;

async function userNamed(t: TestAccount, userName: string) {
  const { User } = await t.ok('iam:CreateUser', { UserName: userName });
  return { arn: User.Arn, as: t.as({ kind: 'principal', arn: User.Arn }) };
}

/** Several allowed calls first, so that whatever is kept between calls is warm. */
async function encryptsRepeatedly(user: TestAccount, keyId: string) {
  for (let i = 0; i < 5; i++) await user.ok('kms:Encrypt', { KeyId: keyId, Plaintext: bytes(`call ${i}`) });
}

describe('policy changes take effect on the next call', () => {
  it('denies the very next Encrypt once PutKeyPolicy stops naming the user', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const user = await userNamed(t, 'keyuser');
    await t.ok('kms:PutKeyPolicy', { KeyId: key.keyId, Policy: document(ROOT_STATEMENT, { Effect: 'Allow', Principal: { AWS: user.arn }, Action: 'kms:Encrypt', Resource: '*' }) });
    await encryptsRepeatedly(user.as, key.keyId);
    await t.ok('kms:PutKeyPolicy', { KeyId: key.keyId, Policy: document(ROOT_STATEMENT) });
    await user.as.fails('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('x') }, 'AccessDeniedException', DENIED);
  });

  it('denies the next call once the IAM policy that allowed it is detached', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const user = await userNamed(t, 'bob');
    const { Policy } = await t.ok('iam:CreatePolicy', { PolicyName: 'EncryptAnything', PolicyDocument: ENCRYPT_ANY_KEY });
    await t.ok('iam:AttachUserPolicy', { UserName: 'bob', PolicyArn: Policy!.Arn! });
    await encryptsRepeatedly(user.as, key.keyId);
    await t.ok('iam:DetachUserPolicy', { UserName: 'bob', PolicyArn: Policy!.Arn! });
    await user.as.fails('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('x') }, 'AccessDeniedException', DENIED);
  });

  it("denies the next call once the user leaves the group whose policy allowed it", async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const user = await userNamed(t, 'carol');
    await t.ok('iam:CreateGroup', { GroupName: 'encrypters' });
    await t.ok('iam:PutGroupPolicy', { GroupName: 'encrypters', PolicyName: 'encrypt', PolicyDocument: ENCRYPT_ANY_KEY });
    await t.ok('iam:AddUserToGroup', { GroupName: 'encrypters', UserName: 'carol' });
    await encryptsRepeatedly(user.as, key.keyId);
    await t.ok('iam:RemoveUserFromGroup', { GroupName: 'encrypters', UserName: 'carol' });
    await user.as.fails('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('x') }, 'AccessDeniedException', DENIED);
  });

  it('applies a new default version of a managed policy on the next call', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const user = await userNamed(t, 'dave');
    const { Policy } = await t.ok('iam:CreatePolicy', { PolicyName: 'EncryptAnything', PolicyDocument: ENCRYPT_ANY_KEY });
    await t.ok('iam:AttachUserPolicy', { UserName: 'dave', PolicyArn: Policy!.Arn! });
    await encryptsRepeatedly(user.as, key.keyId);
    const describeOnly = document({ Effect: 'Allow', Action: 'kms:DescribeKey', Resource: '*' });
    await t.ok('iam:CreatePolicyVersion', { PolicyArn: Policy!.Arn!, PolicyDocument: describeOnly, SetAsDefault: true });
    await user.as.fails('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('x') }, 'AccessDeniedException', DENIED);
  });

  it('sees an alias created a moment before in kms:ResourceAliases', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const user = await userNamed(t, 'erin');
    const byAlias = { Effect: 'Allow', Principal: { AWS: user.arn }, Action: 'kms:Encrypt', Resource: '*', Condition: { 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/finance' } } };
    await t.ok('kms:PutKeyPolicy', { KeyId: key.keyId, Policy: document(ROOT_STATEMENT, byAlias) });
    await user.as.fails('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('x') }, 'AccessDeniedException', DENIED);
    await t.ok('kms:CreateAlias', { AliasName: 'alias/finance', TargetKeyId: key.keyId });
    await encryptsRepeatedly(user.as, key.keyId);
    await t.ok('kms:DeleteAlias', { AliasName: 'alias/finance' });
    await user.as.fails('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('x') }, 'AccessDeniedException', DENIED);
  });
});
