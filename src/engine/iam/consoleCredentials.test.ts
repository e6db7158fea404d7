import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch.ts';
import { testAccount } from '../testing/testAccount.ts';
import { consoleCredentials } from './consoleCredentials.ts';
import { learnerRoleArn } from './learnerRole.ts';

describe('console credentials', () => {
  it('are the Admin user’s access key', async () => {
    const t = await testAccount();
    expect(consoleCredentials(t.account, 'arn:aws:iam::111122223333:user/Admin')).toEqual({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' });
  });

  it('are a session of the learner role that authenticates as its console session and is reused', async () => {
    const t = await testAccount();
    const role = learnerRoleArn(t.account);
    const first = consoleCredentials(t.account, role);
    expect(first?.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(consoleCredentials(t.account, role)).toEqual(first);
    const outcome = await dispatch(t.account, { action: 'sts:GetCallerIdentity', input: {}, caller: { kind: 'accessKey', accessKeyId: first!.accessKeyId } });
    expect(outcome.ok && (outcome.value as { Arn: string }).Arn).toBe(role.replace(':iam::', ':sts::').replace(':role/', ':assumed-role/') + '/learner');
  });

  it('are a fresh session once the old one is about to end', async () => {
    const t = await testAccount();
    const role = learnerRoleArn(t.account);
    const first = consoleCredentials(t.account, role);
    await t.advanceDays(1);
    expect(consoleCredentials(t.account, role)?.accessKeyId).not.toBe(first?.accessKeyId);
  });

  it('do not exist for unknown principals or users without an active key', async () => {
    const t = await testAccount();
    await t.ok('iam:CreateUser', { UserName: 'reader' });
    expect(consoleCredentials(t.account, 'arn:aws:iam::111122223333:user/reader')).toBeUndefined();
    expect(consoleCredentials(t.account, 'arn:aws:iam::111122223333:role/Nobody')).toBeUndefined();
    expect(consoleCredentials(t.account, 'arn:aws:iam::111122223333:user/Nobody')).toBeUndefined();
  });
});
