import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';

describe('IAM users', () => {
  it('creates a user with an AIDA id, an ARN under its path and the creation time', async () => {
    const t = await testAccount();
    const { User } = await t.ok('iam:CreateUser', { UserName: 'bob', Path: '/division/' });
    expect(User).toMatchObject({ UserName: 'bob', Path: '/division/', Arn: 'arn:aws:iam::111122223333:user/division/bob', CreateDate: new Date(Date.UTC(2026, 0, 15, 9)) });
    expect(User.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/);
  });

  it('refuses a second user of the same name, ignoring case, with EntityAlreadyExists', async () => {
    const t = await testAccount();
    await t.ok('iam:CreateUser', { UserName: 'bob' });
    await t.fails('iam:CreateUser', { UserName: 'Bob' }, 'EntityAlreadyExists', 'User with name Bob already exists.');
  });

  it('answers an unknown user with NoSuchEntity in AWS words', async () => {
    const t = await testAccount();
    const error = await t.fails('iam:GetUser', { UserName: 'bob' }, 'NoSuchEntity', 'The user with name bob cannot be found.');
    expect(error.httpStatus).toBe(404);
  });

  it('shows the caller when GetUser names nobody', async () => {
    const t = await testAccount();
    const { User } = await t.ok('iam:GetUser', {});
    expect(User.Arn).toBe('arn:aws:iam::111122223333:user/Admin');
  });

  it('lists users by name and pages with MaxItems and Marker', async () => {
    const t = await testAccount();
    for (const name of ['carol', 'alice', 'bob']) await t.ok('iam:CreateUser', { UserName: name });
    const first = await t.ok('iam:ListUsers', { MaxItems: 2 });
    expect(first.Users.map((u) => u.UserName)).toEqual(['Admin', 'alice']);
    expect(first.IsTruncated).toBe(true);
    const rest = await t.ok('iam:ListUsers', { MaxItems: 2, Marker: first.Marker });
    expect(rest).toMatchObject({ IsTruncated: false });
    expect(rest.Users.map((u) => u.UserName)).toEqual(['bob', 'carol']);
  });

  it('deletes only an empty user: policies, keys and groups must go first', async () => {
    const t = await testAccount();
    await t.ok('iam:CreateUser', { UserName: 'bob' });
    await t.ok('iam:PutUserPolicy', { UserName: 'bob', PolicyName: 'p', PolicyDocument: '{"Statement":[{"Effect":"Allow","Action":"kms:*","Resource":"*"}]}' });
    await t.fails('iam:DeleteUser', { UserName: 'bob' }, 'DeleteConflict', 'Cannot delete entity, must delete policies first.');
    await t.ok('iam:DeleteUserPolicy', { UserName: 'bob', PolicyName: 'p' });
    await t.ok('iam:AttachUserPolicy', { UserName: 'bob', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' });
    await t.fails('iam:DeleteUser', { UserName: 'bob' }, 'DeleteConflict', 'Cannot delete entity, must detach all policies first.');
    await t.ok('iam:DetachUserPolicy', { UserName: 'bob', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' });
    const { AccessKey } = await t.ok('iam:CreateAccessKey', { UserName: 'bob' });
    const conflict = await t.fails('iam:DeleteUser', { UserName: 'bob' }, 'DeleteConflict', 'Cannot delete entity, must delete access keys first.');
    expect(conflict.httpStatus).toBe(409);
    await t.ok('iam:DeleteAccessKey', { UserName: 'bob', AccessKeyId: AccessKey.AccessKeyId });
    await t.ok('iam:CreateGroup', { GroupName: 'devs' });
    await t.ok('iam:AddUserToGroup', { GroupName: 'devs', UserName: 'bob' });
    await t.fails('iam:DeleteUser', { UserName: 'bob' }, 'DeleteConflict');
    await t.ok('iam:RemoveUserFromGroup', { GroupName: 'devs', UserName: 'bob' });
    await t.ok('iam:DeleteUser', { UserName: 'bob' });
    await t.fails('iam:GetUser', { UserName: 'bob' }, 'NoSuchEntity');
  });
});

describe('IAM groups', () => {
  it('adds members, lists a user\'s groups and the group\'s users', async () => {
    const t = await testAccount();
    await t.ok('iam:CreateUser', { UserName: 'bob' });
    const { Group } = await t.ok('iam:CreateGroup', { GroupName: 'devs' });
    expect(Group.GroupId).toMatch(/^AGPA[A-Z2-7]{17}$/);
    expect(Group.Arn).toBe('arn:aws:iam::111122223333:group/devs');
    await t.ok('iam:AddUserToGroup', { GroupName: 'devs', UserName: 'bob' });
    await t.ok('iam:AddUserToGroup', { GroupName: 'devs', UserName: 'bob' });
    expect((await t.ok('iam:ListGroupsForUser', { UserName: 'bob' })).Groups.map((g) => g.GroupName)).toEqual(['devs']);
    expect((await t.ok('iam:GetGroup', { GroupName: 'devs' })).Users.map((u) => u.UserName)).toEqual(['bob']);
    expect((await t.ok('iam:ListGroups', {})).Groups).toHaveLength(1);
  });

  it('answers unknown groups and duplicate names as IAM does', async () => {
    const t = await testAccount();
    await t.fails('iam:GetGroup', { GroupName: 'devs' }, 'NoSuchEntity', 'The group with name devs cannot be found.');
    await t.ok('iam:CreateGroup', { GroupName: 'devs' });
    await t.fails('iam:CreateGroup', { GroupName: 'devs' }, 'EntityAlreadyExists', 'Group with name devs already exists.');
    await t.fails('iam:RemoveUserFromGroup', { GroupName: 'devs', UserName: 'Admin' }, 'NoSuchEntity');
  });

  it('deletes a group only when it has no members and no policies', async () => {
    const t = await testAccount();
    await t.ok('iam:CreateGroup', { GroupName: 'devs' });
    await t.ok('iam:AddUserToGroup', { GroupName: 'devs', UserName: 'Admin' });
    await t.fails('iam:DeleteGroup', { GroupName: 'devs' }, 'DeleteConflict', 'Cannot delete entity, must remove users from group first.');
    await t.ok('iam:RemoveUserFromGroup', { GroupName: 'devs', UserName: 'Admin' });
    await t.ok('iam:AttachGroupPolicy', { GroupName: 'devs', PolicyArn: 'arn:aws:iam::aws:policy/PowerUserAccess' });
    await t.fails('iam:DeleteGroup', { GroupName: 'devs' }, 'DeleteConflict', 'Cannot delete entity, must detach all policies first.');
    await t.ok('iam:DetachGroupPolicy', { GroupName: 'devs', PolicyArn: 'arn:aws:iam::aws:policy/PowerUserAccess' });
    await t.ok('iam:DeleteGroup', { GroupName: 'devs' });
  });
});

describe('IAM access keys', () => {
  it('shows the secret once at creation and never in ListAccessKeys', async () => {
    const t = await testAccount();
    await t.ok('iam:CreateUser', { UserName: 'bob' });
    const { AccessKey } = await t.ok('iam:CreateAccessKey', { UserName: 'bob' });
    expect(AccessKey).toMatchObject({ UserName: 'bob', Status: 'Active' });
    expect(AccessKey.AccessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(AccessKey.SecretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/);
    const { AccessKeyMetadata } = await t.ok('iam:ListAccessKeys', { UserName: 'bob' });
    expect(AccessKeyMetadata).toEqual([{ UserName: 'bob', AccessKeyId: AccessKey.AccessKeyId, Status: 'Active', CreateDate: AccessKey.CreateDate }]);
  });

  it('allows two keys per user and answers the third with LimitExceeded', async () => {
    const t = await testAccount();
    await t.ok('iam:CreateAccessKey', {});
    await t.fails('iam:CreateAccessKey', {}, 'LimitExceeded', 'Cannot exceed quota for AccessKeysPerUser: 2');
  });

  it('stops authenticating a key made Inactive and starts again when Active', async () => {
    const t = await testAccount();
    await t.ok('iam:CreateUser', { UserName: 'bob' });
    const { AccessKey } = await t.ok('iam:CreateAccessKey', { UserName: 'bob' });
    const bob = t.as({ kind: 'accessKey', accessKeyId: AccessKey.AccessKeyId });
    expect((await bob.ok('sts:GetCallerIdentity', {})).Arn).toBe('arn:aws:iam::111122223333:user/bob');
    await t.ok('iam:UpdateAccessKey', { UserName: 'bob', AccessKeyId: AccessKey.AccessKeyId, Status: 'Inactive' });
    await bob.fails('sts:GetCallerIdentity', {}, 'UnrecognizedClientException');
    await t.ok('iam:UpdateAccessKey', { UserName: 'bob', AccessKeyId: AccessKey.AccessKeyId, Status: 'Active' });
    await bob.ok('sts:GetCallerIdentity', {});
  });

  it('reports when and where a key was last used, N/A before its first use', async () => {
    const t = await testAccount();
    const { AccessKey } = await t.ok('iam:CreateAccessKey', {});
    expect((await t.ok('iam:GetAccessKeyLastUsed', { AccessKeyId: AccessKey.AccessKeyId })).AccessKeyLastUsed).toEqual({ ServiceName: 'N/A', Region: 'N/A' });
    await t.as({ kind: 'accessKey', accessKeyId: AccessKey.AccessKeyId }).ok('kms:ListKeys', {});
    const used = await t.ok('iam:GetAccessKeyLastUsed', { AccessKeyId: AccessKey.AccessKeyId });
    expect(used).toMatchObject({ UserName: 'Admin', AccessKeyLastUsed: { ServiceName: 'kms', Region: 'us-east-1' } });
  });

  it('answers an unknown key id with NoSuchEntity', async () => {
    const t = await testAccount();
    await t.fails('iam:DeleteAccessKey', { AccessKeyId: 'AKIAAAAAAAAAAAAAAAAA' }, 'NoSuchEntity', 'The Access Key with id AKIAAAAAAAAAAAAAAAAA cannot be found.');
    await t.fails('iam:UpdateAccessKey', { AccessKeyId: 'AKIAAAAAAAAAAAAAAAAA', Status: 'Inactive' }, 'NoSuchEntity');
  });
});
