import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';
import { identityPoliciesOf } from './identityPolicies.ts';
import { learnerRoleArn } from './learnerRole.ts';

const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' }] });
const KMS_READ = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:Describe*","Resource":"*"}]}';

describe('IAM roles', () => {
  it('creates a role with its trust policy, an AROA id and a one-hour session limit by default', async () => {
    const t = await testAccount();
    const { Role } = await t.ok('iam:CreateRole', { RoleName: 'KeyAdmins', AssumeRolePolicyDocument: TRUST, Description: 'lab' });
    expect(Role).toMatchObject({ RoleName: 'KeyAdmins', Arn: 'arn:aws:iam::111122223333:role/KeyAdmins', AssumeRolePolicyDocument: TRUST, MaxSessionDuration: 3600, Description: 'lab' });
    expect(Role.RoleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect((await t.ok('iam:GetRole', { RoleName: 'KeyAdmins' })).Role).toEqual(Role);
  });

  it('refuses a trust policy that is not JSON with MalformedPolicyDocument', async () => {
    const t = await testAccount();
    await t.fails('iam:CreateRole', { RoleName: 'r', AssumeRolePolicyDocument: '{"Statement":' }, 'MalformedPolicyDocument', 'Syntax errors in policy.');
  });

  it('updates the trust policy and answers unknown roles with NoSuchEntity', async () => {
    const t = await testAccount();
    await t.ok('iam:CreateRole', { RoleName: 'r', AssumeRolePolicyDocument: TRUST });
    const next = TRUST.replace(':root', ':user/Admin');
    await t.ok('iam:UpdateAssumeRolePolicy', { RoleName: 'r', PolicyDocument: next });
    expect((await t.ok('iam:GetRole', { RoleName: 'r' })).Role.AssumeRolePolicyDocument).toBe(next);
    await t.fails('iam:GetRole', { RoleName: 'nope' }, 'NoSuchEntity', 'The role with name nope cannot be found.');
    await t.fails('iam:CreateRole', { RoleName: 'R', AssumeRolePolicyDocument: TRUST }, 'EntityAlreadyExists', 'Role with name R already exists.');
  });

  it('lists the learner role made with the account, with AdministratorAccess attached', async () => {
    const t = await testAccount();
    const arn = learnerRoleArn(t.account);
    expect(arn).toMatch(/^arn:aws:iam::111122223333:role\/AWSLabsUser-[A-Za-z0-9]{6}$/);
    const { Roles } = await t.ok('iam:ListRoles', {});
    expect(Roles.map((r) => r.Arn)).toContain(arn);
    const roleName = arn.split('/')[1] ?? '';
    expect((await t.ok('iam:ListAttachedRolePolicies', { RoleName: roleName })).AttachedPolicies).toEqual([
      { PolicyName: 'AdministratorAccess', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
    ]);
  });

  it('deletes a role only after its policies are gone', async () => {
    const t = await testAccount();
    await t.ok('iam:CreateRole', { RoleName: 'r', AssumeRolePolicyDocument: TRUST });
    await t.ok('iam:PutRolePolicy', { RoleName: 'r', PolicyName: 'read', PolicyDocument: KMS_READ });
    await t.fails('iam:DeleteRole', { RoleName: 'r' }, 'DeleteConflict', 'Cannot delete entity, must delete policies first.');
    await t.ok('iam:DeleteRolePolicy', { RoleName: 'r', PolicyName: 'read' });
    await t.ok('iam:DeleteRole', { RoleName: 'r' });
  });
});

describe('IAM inline policies', () => {
  it('puts, gets, lists and deletes inline policies of users, groups and roles', async () => {
    const t = await testAccount();
    await t.ok('iam:CreateGroup', { GroupName: 'g' });
    await t.ok('iam:CreateRole', { RoleName: 'r', AssumeRolePolicyDocument: TRUST });
    await t.ok('iam:PutUserPolicy', { UserName: 'Admin', PolicyName: 'read', PolicyDocument: KMS_READ });
    await t.ok('iam:PutGroupPolicy', { GroupName: 'g', PolicyName: 'read', PolicyDocument: KMS_READ });
    await t.ok('iam:PutRolePolicy', { RoleName: 'r', PolicyName: 'read', PolicyDocument: KMS_READ });
    expect(await t.ok('iam:GetUserPolicy', { UserName: 'Admin', PolicyName: 'read' })).toEqual({ UserName: 'Admin', PolicyName: 'read', PolicyDocument: KMS_READ });
    expect((await t.ok('iam:GetGroupPolicy', { GroupName: 'g', PolicyName: 'read' })).PolicyDocument).toBe(KMS_READ);
    expect((await t.ok('iam:GetRolePolicy', { RoleName: 'r', PolicyName: 'read' })).PolicyDocument).toBe(KMS_READ);
    expect((await t.ok('iam:ListUserPolicies', { UserName: 'Admin' })).PolicyNames).toEqual(['read']);
    expect((await t.ok('iam:ListGroupPolicies', { GroupName: 'g' })).PolicyNames).toEqual(['read']);
    expect((await t.ok('iam:ListRolePolicies', { RoleName: 'r' })).PolicyNames).toEqual(['read']);
    await t.ok('iam:DeleteGroupPolicy', { GroupName: 'g', PolicyName: 'read' });
    await t.fails('iam:GetGroupPolicy', { GroupName: 'g', PolicyName: 'read' }, 'NoSuchEntity', 'The group policy with name read cannot be found.');
    await t.fails('iam:DeleteUserPolicy', { UserName: 'Admin', PolicyName: 'nope' }, 'NoSuchEntity', 'The user policy with name nope cannot be found.');
    await t.fails('iam:GetRolePolicy', { RoleName: 'r', PolicyName: 'nope' }, 'NoSuchEntity', 'The role policy with name nope cannot be found.');
  });

  it('refuses an identity policy that names a principal', async () => {
    const t = await testAccount();
    const withPrincipal = '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"kms:*","Resource":"*"}]}';
    await t.fails('iam:PutUserPolicy', { UserName: 'Admin', PolicyName: 'p', PolicyDocument: withPrincipal }, 'MalformedPolicyDocument', 'Policy document should not specify a principal.');
  });
});

describe('IAM managed policies', () => {
  it('serves the AWS managed policies with their documents and versions', async () => {
    const t = await testAccount();
    const { Policy } = await t.ok('iam:GetPolicy', { PolicyArn: 'arn:aws:iam::aws:policy/AWSKeyManagementServicePowerUser' });
    expect(Policy).toMatchObject({ PolicyName: 'AWSKeyManagementServicePowerUser', IsAttachable: true, Path: '/' });
    const version = await t.ok('iam:GetPolicyVersion', { PolicyArn: Policy.Arn, VersionId: Policy.DefaultVersionId });
    expect(JSON.parse(version.PolicyVersion.Document)).toMatchObject({ Version: '2012-10-17' });
    expect(version.PolicyVersion.IsDefaultVersion).toBe(true);
  });

  it('creates a customer managed policy, lists it by scope and counts attachments', async () => {
    const t = await testAccount();
    const { Policy } = await t.ok('iam:CreatePolicy', { PolicyName: 'KmsRead', PolicyDocument: KMS_READ, Description: 'read keys' });
    expect(Policy).toMatchObject({ Arn: 'arn:aws:iam::111122223333:policy/KmsRead', DefaultVersionId: 'v1', AttachmentCount: 0, Description: 'read keys' });
    expect(Policy.PolicyId).toMatch(/^ANPA[A-Z2-7]{17}$/);
    expect((await t.ok('iam:ListPolicies', { Scope: 'Local' })).Policies.map((p) => p.PolicyName)).toEqual(['KmsRead']);
    expect((await t.ok('iam:ListPolicies', { Scope: 'AWS' })).Policies).toHaveLength(5);
    await t.ok('iam:AttachUserPolicy', { UserName: 'Admin', PolicyArn: Policy.Arn });
    expect((await t.ok('iam:GetPolicy', { PolicyArn: Policy.Arn })).Policy.AttachmentCount).toBe(1);
    expect((await t.ok('iam:ListPolicies', { Scope: 'Local', OnlyAttached: true })).Policies).toHaveLength(1);
    await t.fails('iam:CreatePolicy', { PolicyName: 'KmsRead', PolicyDocument: KMS_READ }, 'EntityAlreadyExists', 'A policy called KmsRead already exists. Duplicate names are not allowed.');
  });

  it('refuses to delete a policy still attached, then deletes it once detached', async () => {
    const t = await testAccount();
    const { Policy } = await t.ok('iam:CreatePolicy', { PolicyName: 'KmsRead', PolicyDocument: KMS_READ });
    await t.ok('iam:AttachRolePolicy', { RoleName: learnerRoleArn(t.account).split('/')[1] ?? '', PolicyArn: Policy.Arn });
    await t.fails('iam:DeletePolicy', { PolicyArn: Policy.Arn }, 'DeleteConflict', 'Cannot delete a policy attached to entities.');
    await t.ok('iam:DetachRolePolicy', { RoleName: learnerRoleArn(t.account).split('/')[1] ?? '', PolicyArn: Policy.Arn });
    await t.ok('iam:DeletePolicy', { PolicyArn: Policy.Arn });
    await t.fails('iam:GetPolicy', { PolicyArn: Policy.Arn }, 'NoSuchEntity', `Policy ${Policy.Arn} was not found.`);
  });

  it('answers attaching an unknown policy with "does not exist or is not attachable"', async () => {
    const t = await testAccount();
    const arn = 'arn:aws:iam::aws:policy/NoSuchPolicy';
    await t.fails('iam:AttachUserPolicy', { UserName: 'Admin', PolicyArn: arn }, 'NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`);
  });

  it('adds versions up to five and makes a new default on request', async () => {
    const t = await testAccount();
    const { Policy } = await t.ok('iam:CreatePolicy', { PolicyName: 'p', PolicyDocument: KMS_READ });
    const v2 = await t.ok('iam:CreatePolicyVersion', { PolicyArn: Policy.Arn, PolicyDocument: KMS_READ.replace('Describe*', 'List*'), SetAsDefault: true });
    expect(v2.PolicyVersion).toMatchObject({ VersionId: 'v2', IsDefaultVersion: true });
    for (let i = 0; i < 3; i++) await t.ok('iam:CreatePolicyVersion', { PolicyArn: Policy.Arn, PolicyDocument: KMS_READ });
    await t.fails('iam:CreatePolicyVersion', { PolicyArn: Policy.Arn, PolicyDocument: KMS_READ }, 'LimitExceeded');
    await t.fails('iam:GetPolicyVersion', { PolicyArn: Policy.Arn, VersionId: 'v9' }, 'NoSuchEntity', `Policy ${Policy.Arn} version v9 does not exist or is not attachable.`);
  });

  it('gives a user its own, attached and group policies as identity policies', async () => {
    const t = await testAccount();
    await t.ok('iam:CreateUser', { UserName: 'bob' });
    await t.ok('iam:CreateGroup', { GroupName: 'g' });
    await t.ok('iam:AddUserToGroup', { GroupName: 'g', UserName: 'bob' });
    await t.ok('iam:PutUserPolicy', { UserName: 'bob', PolicyName: 'own', PolicyDocument: KMS_READ });
    await t.ok('iam:AttachGroupPolicy', { GroupName: 'g', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' });
    const principal = { type: 'IAMUser' as const, arn: 'arn:aws:iam::111122223333:user/bob', accountId: '111122223333', principalId: 'x' };
    expect(identityPoliciesOf(t.account, principal).map((p) => p.name)).toEqual(['own', 'AmazonS3FullAccess']);
  });
});
