/**
 * Principals in grants: which ARNs KMS accepts as a grantee or retiring principal, and whether
 * a caller is the principal a grant names. A grant to a role is a grant to every session of
 * that role: AWS evaluates an assumed-role session as its role (the session ARN
 * arn:aws:sts::<account>:assumed-role/<role name>/<session> carries no role path).
 */
import type { Account } from '../account.ts';
import type { Principal } from '../principal.ts';

const IAM_ARN = /^arn:aws:iam::(\d{12}):(root|user\/.+|role\/.+)$/;
const SESSION_ARN = /^arn:aws:sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/;

const roleNameOf = (roleArn: string) => roleArn.slice(roleArn.lastIndexOf('/') + 1);

function roleExists(account: Account, predicate: (roleArn: string) => boolean): boolean {
  const roles = (account.state.iam as { roles?: Record<string, { arn: string }> }).roles ?? {};
  return Object.values(roles).some((role) => predicate(role.arn));
}

/**
 * Whether KMS would accept `arn` as a principal of a grant. Principals of this account must
 * exist (users, roles, sessions of existing roles, the account itself). The lab has no other
 * accounts, so a well-formed principal of another account is taken on trust, as the lab
 * cannot look it up; AWS would check it.
 */
export function isKnownPrincipal(account: Account, arn: string): boolean {
  const iam = IAM_ARN.exec(arn);
  const session = SESSION_ARN.exec(arn);
  const accountId = iam?.[1] ?? session?.[1];
  if (accountId === undefined) return false;
  if (accountId !== account.facts.accountId) return true;
  if (session) return roleExists(account, (roleArn) => roleNameOf(roleArn) === session[2]);
  const resource = iam![2]!;
  if (resource === 'root') return true;
  if (resource.startsWith('user/')) return Object.values(account.state.iam.users).some((user) => user.arn === arn);
  return roleExists(account, (roleArn) => roleArn === arn);
}

/** The caller is the grant's principal: the same ARN, or a session of the role it names. */
export function isGrantPrincipal(principalArn: string, caller: Principal): boolean {
  if (principalArn === caller.arn) return true;
  const session = SESSION_ARN.exec(caller.arn);
  if (caller.type !== 'AssumedRole' || !session) return false;
  const role = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(principalArn);
  return !!role && role[1] === session[1] && role[2] === session[2];
}
