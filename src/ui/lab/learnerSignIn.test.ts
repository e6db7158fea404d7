import { expect, it } from 'vitest';
import { createHeadlessLab } from '../../headless.ts';
import { findLearnerRoleArn } from './learnerSignIn.ts';

it('finds the account’s AWSLabsUser- role among other roles, for the console to sign in as', async () => {
  const { client } = await createHeadlessLab();
  const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
  await client.call('iam:CreateRole', { RoleName: 'AppRole', AssumeRolePolicyDocument: trust });
  expect(await findLearnerRoleArn(client)).toMatch(/^arn:aws:iam::111122223333:role\/AWSLabsUser-\w+$/);
});

