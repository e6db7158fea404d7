import { beforeAll, describe, expect, it } from 'vitest';
import { createHeadlessLab, type HeadlessLab } from '../headless.ts';
import { fromUtf8 } from '../shared/bytes.ts';

let lab: HeadlessLab;

const trust = (principal: object) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }] });

async function run(line: string) {
  const result = await lab.shell.run(line);
  return { stdout: fromUtf8(result.stdout), stderr: result.stderr, exitCode: result.exitCode };
}

const assumeRoleRecords = () => lab.client.inspect().cloudtrail.events.filter((event) => event.eventName === 'AssumeRole');

beforeAll(async () => {
  lab = await createHeadlessLab({ 'account-trust.json': trust({ AWS: 'arn:aws:iam::111122223333:root' }), 'ec2-trust.json': trust({ Service: 'ec2.amazonaws.com' }) });
  for (const [role, policy] of [['writer', 'account-trust.json'], ['ec2only', 'ec2-trust.json'], ['bob', 'account-trust.json']]) {
    expect((await run(`aws iam create-role --role-name ${role} --assume-role-policy-document file://${policy}`)).exitCode).toBe(0);
  }
  expect((await run('aws iam create-user --user-name bob')).exitCode).toBe(0);
  expect((await run('aws iam create-access-key --user-name bob')).exitCode).toBe(0);
});

describe('--profile <role>: the role assumed through sts:AssumeRole as the Admin user', () => {
  it('signs as the assumed role with session name cli, and reuses the session for the next command', async () => {
    const before = assumeRoleRecords().length;
    const identity = await run('aws sts get-caller-identity --profile writer --query Arn --output text');
    expect(identity).toEqual({ stdout: 'arn:aws:sts::111122223333:assumed-role/writer/cli\n', stderr: '', exitCode: 0 });
    expect((await run('aws --profile role/writer sts get-caller-identity --query Arn --output text')).stdout).toBe('arn:aws:sts::111122223333:assumed-role/writer/cli\n');
    const records = assumeRoleRecords().slice(before);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ userIdentity: { arn: 'arn:aws:iam::111122223333:user/Admin' }, userAgent: expect.stringMatching(/ command\/sts\.get-caller-identity$/) });
  });

  it('assumes the role again once the session is about to expire on the simulated clock', async () => {
    await run('aws sts get-caller-identity --profile writer');
    const before = assumeRoleRecords().length;
    expect((await lab.client.advanceClock(50 * 60 * 1000)).ok).toBe(true);
    expect((await run('aws sts get-caller-identity --profile writer --query Arn --output text')).exitCode).toBe(0);
    expect(assumeRoleRecords()).toHaveLength(before + 1);
  });

  it('prints AssumeRole\'s AccessDenied when the trust policy does not name the account', async () => {
    expect(await run('aws s3api list-buckets --profile ec2only')).toEqual({
      stdout: '',
      stderr: '\nAn error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::111122223333:user/Admin is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/ec2only\n',
      exitCode: 254,
    });
  });

  it('works for the high-level aws s3 commands too: the upload is signed by the role session', async () => {
    expect((await run('aws s3 mb s3://lab-role-profile')).exitCode).toBe(0);
    const refused = await run('aws s3 cp account-trust.json s3://lab-role-profile/trust.json --profile writer');
    expect(refused.stderr).toContain('User: arn:aws:sts::111122223333:assumed-role/writer/cli is not authorized to perform: s3:PutObject');
    expect((await run('aws iam attach-role-policy --role-name writer --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess')).exitCode).toBe(0);
    expect(await run('aws s3 cp account-trust.json s3://lab-role-profile/trust.json --profile writer')).toMatchObject({ stderr: '', exitCode: 0 });
    expect((await run('aws s3 ls s3://lab-role-profile --profile ec2only')).stderr).toMatch(/AccessDenied\) when calling the AssumeRole operation/);
  });

  it('a user keeps the plain name when a role has the same one: role/<name> names the role', async () => {
    expect((await run('aws sts get-caller-identity --profile bob --query Arn --output text')).stdout).toBe('arn:aws:iam::111122223333:user/bob\n');
    expect((await run('aws sts get-caller-identity --profile role/bob --query Arn --output text')).stdout).toBe('arn:aws:sts::111122223333:assumed-role/bob/cli\n');
  });

  it('an unknown name is still a profile that could not be found', async () => {
    expect(await run('aws sts get-caller-identity --profile role/nobody')).toEqual({ stdout: '', stderr: '\nThe config profile (role/nobody) could not be found\n', exitCode: 255 });
  });
});

describe('aws configure list-profiles', () => {
  it('prints default, the users with access keys, then the roles, one a line', async () => {
    const names = (await run('aws configure list-profiles')).stdout.split('\n');
    expect(names.slice(0, 3)).toEqual(['default', 'Admin', 'bob']);
    expect(names).toEqual(expect.arrayContaining(['writer', 'ec2only', 'role/bob', expect.stringMatching(/^AWSLabsUser-/)]));
    expect(names.at(-1)).toBe('');
  });
});
