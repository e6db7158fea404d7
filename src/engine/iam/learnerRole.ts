/**
 * The learner's principal. AWS Builder Labs sign the learner into the console as an
 * assumed-role session of a role named AWSLabsUser-<suffix>; the lab makes that role with
 * the account and attaches AdministratorAccess, so the console shows the same identity.
 */
import type { Account } from '../account.ts';
import type { Ids } from '../platform.ts';
import { iamId } from './iamIds.ts';
import type { IamRole } from './state.ts';

export const LEARNER_ROLE_PREFIX = 'AWSLabsUser-';
/** The session name the console's sign-in gives the learner's role session. */
export const CONSOLE_SESSION_NAME = 'learner';

/** Lets principals of this account (as delegated by their IAM policies) assume the role. */
export const accountTrustPolicy = (accountId: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'sts:AssumeRole' }] });

export function seedLearnerRole(accountId: string, now: number, ids: Ids, suffix: string): IamRole {
  const roleName = `${LEARNER_ROLE_PREFIX}${suffix}`;
  return {
    roleName,
    roleId: iamId(ids, 'AROA'),
    arn: `arn:aws:iam::${accountId}:role/${roleName}`,
    path: '/',
    createDate: now,
    assumeRolePolicyDocument: accountTrustPolicy(accountId),
    maxSessionDuration: 3600,
    inlinePolicies: {},
    attachedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'],
  };
}

/** The learner role's ARN: what the console signs in as (`{ kind: 'principal', arn }`). */
export const learnerRoleArn = (account: Account): string => {
  const role = account.state.iam.roles[account.state.iam.learnerRoleName];
  return role?.arn ?? `arn:aws:iam::${account.facts.accountId}:role/${account.state.iam.learnerRoleName}`;
};
