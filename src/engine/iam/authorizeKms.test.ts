import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch.ts';
import { bytes, putTestKey, text } from '../kms/testKeys.ts';
import { explainDecision } from '../policy/explainDecision.ts';
import { testAccount, type TestAccount } from '../testing/testAccount.ts';

const ACCOUNT = '111122223333';
const ROOT_STATEMENT = { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' };
const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

async function userNamed(t: TestAccount, userName: string, managedPolicy?: string) {
  const { User } = await t.ok('iam:CreateUser', { UserName: userName });
  if (managedPolicy) await t.ok('iam:AttachUserPolicy', { UserName: userName, PolicyArn: `arn:aws:iam::aws:policy/${managedPolicy}` });
  return { arn: User.Arn, as: t.as({ kind: 'principal', arn: User.Arn }) };
}

const denied = (who: string, action: string, resource: string, why: string) => `User: ${who} is not authorized to perform: ${action} on resource: ${resource} ${why}`;

describe('authorization of KMS calls', () => {
  it('denies kms:Decrypt to a user with only AmazonS3FullAccess, in AWS\'s words, and keeps the decision for the console', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const { CiphertextBlob } = await t.ok('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('secret') });
    const normal = await userNamed(t, 'normaluser', 'AmazonS3FullAccess');
    const failure = await normal.as.fails('kms:Decrypt', { CiphertextBlob }, 'AccessDeniedException',
      denied(normal.arn, 'kms:Decrypt', key.arn, 'because no identity-based policy allows the kms:Decrypt action'));
    expect(failure.decision?.decision).toBe('ImplicitDeny');
    expect(explainDecision(failure.decision!)).toContain('Identity-based policy "AmazonS3FullAccess"');
  });

  it('lets a key user named in the key policy encrypt without any IAM policy, and denies it once removed', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const user = await userNamed(t, 'keyuser');
    const useKey = { Sid: 'Allow use of the key', Effect: 'Allow', Principal: { AWS: user.arn }, Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: '*' };
    await t.ok('kms:PutKeyPolicy', { KeyId: key.keyId, Policy: policy(ROOT_STATEMENT, useKey) });
    await user.as.ok('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('x') });
    await t.ok('kms:PutKeyPolicy', { KeyId: key.keyId, Policy: policy(ROOT_STATEMENT) });
    await user.as.fails('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('x') }, 'AccessDeniedException',
      denied(user.arn, 'kms:Encrypt', key.arn, 'because no identity-based policy allows the kms:Encrypt action'));
  });

  it('says "no resource-based policy" when the key policy neither names the caller nor delegates to the account', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const admin = `arn:aws:iam::${ACCOUNT}:user/Admin`;
    await t.ok('kms:PutKeyPolicy', { KeyId: key.keyId, Policy: policy({ Effect: 'Allow', Principal: { AWS: admin }, Action: 'kms:*', Resource: '*' }) });
    const other = await userNamed(t, 'other', 'AdministratorAccess');
    await other.as.fails('kms:DescribeKey', { KeyId: key.keyId }, 'AccessDeniedException',
      denied(other.arn, 'kms:DescribeKey', key.arn, 'because no resource-based policy allows the kms:DescribeKey action'));
  });

  it('lets an explicit deny win, naming the kind of policy that denied', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const alice = await userNamed(t, 'alice', 'AdministratorAccess');
    const denyAlice = { Sid: 'DenyAlice', Effect: 'Deny', Principal: { AWS: alice.arn }, Action: 'kms:Encrypt', Resource: '*' };
    await t.ok('kms:PutKeyPolicy', { KeyId: key.keyId, Policy: policy(ROOT_STATEMENT, denyAlice) });
    await alice.as.fails('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('x') }, 'AccessDeniedException',
      denied(alice.arn, 'kms:Encrypt', key.arn, 'with an explicit deny in a resource-based policy'));
    await t.ok('iam:PutUserPolicy', { UserName: 'alice', PolicyName: 'NoDescribe', PolicyDocument: policy({ Effect: 'Deny', Action: 'kms:DescribeKey', Resource: '*' }) });
    await alice.as.fails('kms:DescribeKey', { KeyId: key.keyId }, 'AccessDeniedException',
      denied(alice.arn, 'kms:DescribeKey', key.arn, 'with an explicit deny in an identity-based policy'));
  });

  it('applies kms:EncryptionContext conditions of the key policy to Decrypt', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const bob = await userNamed(t, 'bob');
    const financeOnly = { Effect: 'Allow', Principal: { AWS: bob.arn }, Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:EncryptionContext:dept': 'finance' } } };
    await t.ok('kms:PutKeyPolicy', { KeyId: key.keyId, Policy: policy(ROOT_STATEMENT, financeOnly) });
    const finance = await t.ok('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('budget'), EncryptionContext: { dept: 'finance' } });
    const hr = await t.ok('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('salaries'), EncryptionContext: { dept: 'hr' } });
    expect(text((await bob.as.ok('kms:Decrypt', { CiphertextBlob: finance.CiphertextBlob, EncryptionContext: { dept: 'finance' } })).Plaintext)).toBe('budget');
    const failure = await bob.as.fails('kms:Decrypt', { CiphertextBlob: hr.CiphertextBlob, EncryptionContext: { dept: 'hr' } }, 'AccessDeniedException');
    expect(explainDecision(failure.decision!)).toContain('StringEquals kms:EncryptionContext:dept "finance": request value "hr" → does not match');
  });

  it('applies kms:ViaService: an IAM policy that allows Decrypt only through S3 allows S3\'s call and denies a direct one', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const writer = await userNamed(t, 'writer');
    await t.ok('iam:PutUserPolicy', { UserName: 'writer', PolicyName: 'ViaS3', PolicyDocument: policy({ Effect: 'Allow', Action: 'kms:GenerateDataKey', Resource: key.arn, Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }) });
    const input = { KeyId: key.keyId, KeySpec: 'AES_256' };
    const caller = { kind: 'principal', arn: writer.arn } as const;
    const viaS3 = await dispatch(t.account, { action: 'kms:GenerateDataKey', input, caller, source: { sourceIp: 's3.amazonaws.com', userAgent: 's3.amazonaws.com', viaService: 's3.us-east-1.amazonaws.com' } });
    expect(viaS3.ok).toBe(true);
    await writer.as.fails('kms:GenerateDataKey', input, 'AccessDeniedException');
  });

  it('lets a grant with an EncryptionContextSubset constraint allow exactly the contexts that contain it', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const bob = await userNamed(t, 'bob');
    await t.ok('kms:CreateGrant', { KeyId: key.keyId, GranteePrincipal: bob.arn, Operations: ['Decrypt'], Constraints: { EncryptionContextSubset: { dept: 'finance' } } });
    const context = { dept: 'finance', project: 'lab' };
    const finance = await t.ok('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('budget'), EncryptionContext: context });
    const hr = await t.ok('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('salaries'), EncryptionContext: { dept: 'hr' } });
    const outcome = await dispatch(t.account, { action: 'kms:Decrypt', input: { CiphertextBlob: finance.CiphertextBlob, EncryptionContext: context }, caller: { kind: 'principal', arn: bob.arn } });
    expect(outcome.ok).toBe(true);
    await bob.as.fails('kms:Decrypt', { CiphertextBlob: hr.CiphertextBlob, EncryptionContext: { dept: 'hr' } }, 'AccessDeniedException');
    await bob.as.fails('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('x'), EncryptionContext: context }, 'AccessDeniedException');
  });

  it('answers a key that does not exist with NotFoundException even for a caller with no permissions', async () => {
    const t = await testAccount();
    const nobody = await userNamed(t, 'nobody');
    await nobody.as.fails('kms:DescribeKey', { KeyId: 'alias/none' }, 'NotFoundException', `Alias arn:aws:kms:us-east-1:${ACCOUNT}:alias/none is not found.`);
  });

  it('decides CreateKey by IAM policies alone, on resource *', async () => {
    const t = await testAccount();
    const normal = await userNamed(t, 'normaluser', 'AmazonS3FullAccess');
    await normal.as.fails('kms:CreateKey', {}, 'AccessDeniedException', denied(normal.arn, 'kms:CreateKey', '*', 'because no identity-based policy allows the kms:CreateKey action'));
    const power = await userNamed(t, 'kmspower', 'AWSKeyManagementServicePowerUser');
    await power.as.ok('kms:CreateKey', {});
  });

  it('refuses a key policy that would lock the caller out, judged for the caller, not for anyone', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const bobOnly = policy({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/bob` }, Action: 'kms:*', Resource: '*' });
    await userNamed(t, 'bob');
    await t.fails('kms:PutKeyPolicy', { KeyId: key.keyId, Policy: bobOnly }, 'MalformedPolicyDocumentException', 'The new key policy will not allow you to update the key policy in the future.');
  });
});
