/**
 * AssumeRole is decided as AWS decides it: the trust policy must allow, an account-wide naming
 * needs the caller's IAM policy too, conditions count, and an explicit deny wins.
 */
import { describe, it } from 'vitest';
import { testAccount, type TestAccount } from '../testing/testAccount.ts';

const ROLE_ARN = 'arn:aws:iam::111122223333:role/Auditors';
const doc = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });

async function setUp(trustStatement: object) {
  const t = await testAccount();
  const { User } = await t.ok('iam:CreateUser', { UserName: 'carol' });
  await t.ok('iam:CreateRole', { RoleName: 'Auditors', AssumeRolePolicyDocument: doc({ Effect: 'Allow', Action: 'sts:AssumeRole', ...trustStatement }) });
  return { t, carol: t.as({ kind: 'principal', arn: User.Arn }) };
}

const allowAssume = (t: TestAccount, effect: 'Allow' | 'Deny' = 'Allow', name = 'Assume') =>
  t.ok('iam:PutUserPolicy', { UserName: 'carol', PolicyName: name, PolicyDocument: doc({ Effect: effect, Action: 'sts:AssumeRole', Resource: ROLE_ARN }) });

const denied = `User: arn:aws:iam::111122223333:user/carol is not authorized to perform: sts:AssumeRole on resource: ${ROLE_ARN}`;

describe('AssumeRole and the trust policy', () => {
  it('lets a user the trust policy names assume the role with no IAM policy of its own', async () => {
    const { carol } = await setUp({ Principal: { AWS: 'arn:aws:iam::111122223333:user/carol' } });
    await carol.ok('sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'audit' });
  });

  it('when the trust policy names the account, needs the user\'s IAM policy to allow sts:AssumeRole on the role too', async () => {
    const { t, carol } = await setUp({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } });
    await carol.fails('sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'audit' }, 'AccessDenied', denied);
    await allowAssume(t);
    await carol.ok('sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'audit' });
  });

  it('evaluates the trust policy\'s conditions, such as sts:ExternalId', async () => {
    const { carol } = await setUp({ Principal: { AWS: 'arn:aws:iam::111122223333:user/carol' }, Condition: { StringEquals: { 'sts:ExternalId': 'lab-4242' } } });
    await carol.fails('sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'audit' }, 'AccessDenied', denied);
    await carol.fails('sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'audit', ExternalId: 'wrong-id' }, 'AccessDenied', denied);
    await carol.ok('sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'audit', ExternalId: 'lab-4242' });
  });

  it('refuses the caller when its IAM policy explicitly denies, whatever the trust policy says', async () => {
    const { t, carol } = await setUp({ Principal: { AWS: 'arn:aws:iam::111122223333:user/carol' } });
    await allowAssume(t, 'Deny', 'NoAssume');
    await carol.fails('sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'audit' }, 'AccessDenied', denied);
  });
});
