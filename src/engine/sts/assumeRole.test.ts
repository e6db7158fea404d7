import { describe, expect, it } from 'vitest';
import { learnerRoleArn } from '../iam/learnerRole.ts';
import { testAccount, type TestAccount } from '../testing/testAccount.ts';

const trust = (principal: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }] });

async function withRole(t: TestAccount, principal = 'arn:aws:iam::111122223333:root', MaxSessionDuration?: number) {
  await t.ok('iam:CreateRole', { RoleName: 'KeyUsers', AssumeRolePolicyDocument: trust(principal), ...(MaxSessionDuration ? { MaxSessionDuration } : {}) });
  await t.ok('iam:AttachRolePolicy', { RoleName: 'KeyUsers', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
  return 'arn:aws:iam::111122223333:role/KeyUsers';
}

describe('STS', () => {
  it('names a user caller by its user id, account and ARN', async () => {
    const t = await testAccount();
    const admin = t.account.state.iam.users.Admin;
    expect(await t.ok('sts:GetCallerIdentity', {})).toEqual({ UserId: admin?.userId, Account: '111122223333', Arn: 'arn:aws:iam::111122223333:user/Admin' });
  });

  it('hands out temporary credentials that expire on the simulated clock after DurationSeconds', async () => {
    const t = await testAccount();
    const RoleArn = await withRole(t);
    const out = await t.ok('sts:AssumeRole', { RoleArn, RoleSessionName: 'alice', DurationSeconds: 900 });
    const roleId = t.account.state.iam.roles.KeyUsers?.roleId;
    expect(out.AssumedRoleUser).toEqual({ AssumedRoleId: `${roleId}:alice`, Arn: 'arn:aws:sts::111122223333:assumed-role/KeyUsers/alice' });
    expect(out.Credentials.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(out.Credentials.SecretAccessKey).toHaveLength(40);
    expect(out.Credentials.Expiration).toEqual(new Date(Date.UTC(2026, 0, 15, 9, 15)));
    const session = t.as({ kind: 'accessKey', accessKeyId: out.Credentials.AccessKeyId });
    expect(await session.ok('sts:GetCallerIdentity', {})).toEqual({ UserId: `${roleId}:alice`, Account: '111122223333', Arn: 'arn:aws:sts::111122223333:assumed-role/KeyUsers/alice' });
    await session.ok('kms:ListKeys', {});
    await t.advanceDays(1);
    await session.fails('kms:ListKeys', {}, 'ExpiredTokenException', 'The security token included in the request is expired');
  });

  it('records the role session in CloudTrail as an AssumedRole with its issuer', async () => {
    const t = await testAccount();
    const out = await t.ok('sts:AssumeRole', { RoleArn: await withRole(t), RoleSessionName: 'alice' });
    await t.as({ kind: 'accessKey', accessKeyId: out.Credentials.AccessKeyId }).ok('kms:ListKeys', {});
    const record = t.account.state.cloudtrail.events.at(-1);
    expect(record?.userIdentity).toMatchObject({
      type: 'AssumedRole',
      principalId: out.AssumedRoleUser.AssumedRoleId,
      arn: out.AssumedRoleUser.Arn,
      accessKeyId: out.Credentials.AccessKeyId,
      sessionContext: { sessionIssuer: { type: 'Role', arn: 'arn:aws:iam::111122223333:role/KeyUsers', userName: 'KeyUsers' } },
    });
  });

  it('refuses a caller the trust policy does not name, and a role that does not exist, alike', async () => {
    const t = await testAccount();
    const RoleArn = await withRole(t, 'arn:aws:iam::111122223333:user/someone-else');
    const denied = await t.fails('sts:AssumeRole', { RoleArn, RoleSessionName: 'ses' }, 'AccessDenied',
      `User: arn:aws:iam::111122223333:user/Admin is not authorized to perform: sts:AssumeRole on resource: ${RoleArn}`);
    expect(denied.httpStatus).toBe(403);
    await t.fails('sts:AssumeRole', { RoleArn: 'arn:aws:iam::111122223333:role/Nope', RoleSessionName: 'ses' }, 'AccessDenied');
  });

  it('lets a trust policy name the user itself', async () => {
    const t = await testAccount();
    const RoleArn = await withRole(t, 'arn:aws:iam::111122223333:user/Admin');
    await t.ok('sts:AssumeRole', { RoleArn, RoleSessionName: 'ses' });
  });

  it('refuses a duration beyond the role maximum and beyond an hour when chaining roles', async () => {
    const t = await testAccount();
    const RoleArn = await withRole(t, 'arn:aws:iam::111122223333:root', 7200);
    await t.fails('sts:AssumeRole', { RoleArn, RoleSessionName: 'ses', DurationSeconds: 7201 }, 'ValidationError',
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
    const out = await t.ok('sts:AssumeRole', { RoleArn, RoleSessionName: 'ses', DurationSeconds: 7200 });
    await t.as({ kind: 'accessKey', accessKeyId: out.Credentials.AccessKeyId }).fails('sts:AssumeRole', { RoleArn, RoleSessionName: 'again', DurationSeconds: 7200 }, 'ValidationError',
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
  });

  it('signs the console in as a session of the learner role', async () => {
    const t = await testAccount();
    const roleArn = learnerRoleArn(t.account);
    const roleName = roleArn.split('/')[1];
    const console = t.as({ kind: 'principal', arn: roleArn });
    const me = await console.ok('sts:GetCallerIdentity', {});
    expect(me.Arn).toBe(`arn:aws:sts::111122223333:assumed-role/${roleName}/learner`);
    expect(me.UserId).toMatch(/^AROA[A-Z2-7]{17}:learner$/);
    await console.fails('iam:GetUser', {}, 'ValidationError', 'Must specify userName when calling with non-User credentials');
  });
});
