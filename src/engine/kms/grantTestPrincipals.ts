/**
 * Principals for the grant tests: IAM users put straight into the account's state (with an
 * access key to call as) and the role the account is seeded with. Test-only.
 */
import type { Caller } from '../principal.ts';
import type { TestAccount } from '../testing/testAccount.ts';

export const ACCOUNT_ROOT = 'arn:aws:iam::111122223333:root';
export const ADMIN_ARN = 'arn:aws:iam::111122223333:user/Admin';

export function addUser(t: TestAccount, userName: string): { arn: string; caller: Caller } {
  const arn = `arn:aws:iam::111122223333:user/${userName}`;
  const accessKeyId = `AKIA${userName.toUpperCase().padEnd(16, 'X').slice(0, 16)}`;
  t.account.state.iam.users[userName] = {
    userName,
    userId: `AIDA${userName.toUpperCase().padEnd(17, 'X').slice(0, 17)}`,
    arn,
    path: '/',
    createDate: 0,
    accessKeys: [{ accessKeyId, secretAccessKey: 'secret', status: 'Active', createDate: 0 }],
    attachedPolicyArns: [],
    inlinePolicies: {},
    groupNames: [],
  };
  return { arn, caller: { kind: 'accessKey', accessKeyId } };
}

/** The ARN of a role that exists in every new account (the learner's console role). */
export function seededRoleArn(t: TestAccount): string {
  const role = Object.values(t.account.state.iam.roles)[0];
  if (!role) throw new Error('the account has no seeded role');
  return role.arn;
}
