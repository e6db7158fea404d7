import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';

const allow = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });

async function policyWithTwoVersions() {
  const t = await testAccount();
  const { Policy } = await t.ok('iam:CreatePolicy', { PolicyName: 'KeyReader', PolicyDocument: allow('kms:ListKeys') });
  await t.ok('iam:CreatePolicyVersion', { PolicyArn: Policy.Arn, PolicyDocument: allow('kms:ListAliases') });
  return { t, arn: Policy.Arn };
}

describe('managed policy versions', () => {
  it('lists versions newest first, says which is the default, and pages with MaxItems', async () => {
    const { t, arn } = await policyWithTwoVersions();
    const listed = await t.ok('iam:ListPolicyVersions', { PolicyArn: arn });
    expect(listed.Versions.map((v) => [v.VersionId, v.IsDefaultVersion])).toEqual([['v2', false], ['v1', true]]);
    expect(listed.IsTruncated).toBe(false);
    const first = await t.ok('iam:ListPolicyVersions', { PolicyArn: arn, MaxItems: 1 });
    expect(first).toMatchObject({ Versions: [{ VersionId: 'v2' }], IsTruncated: true });
    const second = await t.ok('iam:ListPolicyVersions', { PolicyArn: arn, MaxItems: 1, Marker: first.Marker });
    expect(second).toMatchObject({ Versions: [{ VersionId: 'v1' }], IsTruncated: false });
  });

  it('lists the versions of an AWS managed policy too', async () => {
    const t = await testAccount();
    const listed = await t.ok('iam:ListPolicyVersions', { PolicyArn: 'arn:aws:iam::aws:policy/AWSKeyManagementServicePowerUser' });
    expect(listed.Versions.filter((v) => v.IsDefaultVersion)).toHaveLength(1);
  });

  it('switching the default version changes what an attached user may do on the next call', async () => {
    const { t, arn } = await policyWithTwoVersions();
    const { User } = await t.ok('iam:CreateUser', { UserName: 'reader' });
    await t.ok('iam:AttachUserPolicy', { UserName: 'reader', PolicyArn: arn });
    const reader = t.as({ kind: 'principal', arn: User.Arn });
    await reader.ok('kms:ListKeys', {});
    await reader.fails('kms:ListAliases', {}, 'AccessDeniedException');
    await t.ok('iam:SetDefaultPolicyVersion', { PolicyArn: arn, VersionId: 'v2' });
    await reader.ok('kms:ListAliases', {});
    await reader.fails('kms:ListKeys', {}, 'AccessDeniedException');
    expect((await t.ok('iam:GetPolicy', { PolicyArn: arn })).Policy.DefaultVersionId).toBe('v2');
  });

  it('deletes a version that is not the default and refuses the default one', async () => {
    const { t, arn } = await policyWithTwoVersions();
    await t.fails('iam:DeletePolicyVersion', { PolicyArn: arn, VersionId: 'v1' }, 'DeleteConflict', 'Cannot delete the default version of a policy.');
    await t.ok('iam:DeletePolicyVersion', { PolicyArn: arn, VersionId: 'v2' });
    expect((await t.ok('iam:ListPolicyVersions', { PolicyArn: arn })).Versions.map((v) => v.VersionId)).toEqual(['v1']);
    await t.fails('iam:DeletePolicyVersion', { PolicyArn: arn, VersionId: 'v2' }, 'NoSuchEntity', `Policy ${arn} version v2 does not exist or is not attachable.`);
    // A deleted version's number is not handed out again.
    expect((await t.ok('iam:CreatePolicyVersion', { PolicyArn: arn, PolicyDocument: allow('kms:DescribeKey') })).PolicyVersion.VersionId).toBe('v3');
  });

  it('answers NoSuchEntity for an unknown version or policy, and a model error for a malformed version id', async () => {
    const { t, arn } = await policyWithTwoVersions();
    await t.fails('iam:SetDefaultPolicyVersion', { PolicyArn: arn, VersionId: 'v7' }, 'NoSuchEntity', `Policy ${arn} version v7 does not exist or is not attachable.`);
    const missing = arn.replace('KeyReader', 'Nope');
    await t.fails('iam:ListPolicyVersions', { PolicyArn: missing }, 'NoSuchEntity', `Policy ${missing} was not found.`);
    await t.fails('iam:SetDefaultPolicyVersion', { PolicyArn: arn, VersionId: 'latest' }, 'ValidationError');
  });
});
