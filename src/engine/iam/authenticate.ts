/**
 * Turns a call's caller into a principal, or the AWS error for an unknown access key. Long-term
 * keys (AKIA…) belong to users; temporary keys (ASIA…) to AssumeRole sessions, which expire on
 * the simulated clock. The console names its principal by ARN: a user, or a role — then the
 * principal is a session of that role, as the console shows for Builder Lab learners.
 */
import { nowOf, type Account } from '../account.ts';
import { AwsError } from '../errors.ts';
import type { Caller, Principal } from '../principal.ts';
import { assumedRolePrincipal } from './assumedRolePrincipal.ts';
import { CONSOLE_SESSION_NAME } from './learnerRole.ts';
import type { AccessKey, IamUser, StsSession } from './state.ts';

export type FoundAccessKey = {
  readonly key: Pick<AccessKey, 'secretAccessKey' | 'status'>;
  readonly user?: IamUser;
  readonly session?: StsSession;
};

export function findAccessKey(account: Account, accessKeyId: string): FoundAccessKey | undefined {
  const session = account.state.iam.sessions[accessKeyId];
  if (session) return { key: { secretAccessKey: session.secretAccessKey, status: 'Active' }, session };
  for (const user of Object.values(account.state.iam.users)) {
    const key = user.accessKeys.find((k) => k.accessKeyId === accessKeyId);
    if (key) return { user, key };
  }
  return undefined;
}

const userPrincipal = (user: IamUser, accountId: string, accessKeyId?: string): Principal => ({
  type: 'IAMUser',
  arn: user.arn,
  accountId,
  principalId: user.userId,
  userName: user.userName,
  ...(accessKeyId ? { accessKeyId } : {}),
});

/** The error JSON services answer for an access key they do not know (or that is inactive). */
export const unrecognizedClient = (service: string) =>
  new AwsError('UnrecognizedClientException', 'The security token included in the request is invalid.', 400, service);

/** A session past its Expiration (CLI output quoted in aws/aws-cli#7870, ssosync#187). */
export const expiredToken = (service: string) =>
  new AwsError('ExpiredTokenException', 'The security token included in the request is expired', 400, service);

function sessionPrincipal(account: Account, session: StsSession, service: string): Principal {
  if (nowOf(account) >= session.expiration) throw expiredToken(service);
  const role = account.state.iam.roles[session.roleName];
  if (!role) throw unrecognizedClient(service);
  return assumedRolePrincipal(account, role, session.sessionName, session.createDate, session.accessKeyId);
}

function keyPrincipal(account: Account, accessKeyId: string, service: string): Principal {
  const found = findAccessKey(account, accessKeyId);
  if (!found || found.key.status !== 'Active') throw unrecognizedClient(service);
  if (found.session) return sessionPrincipal(account, found.session, service);
  const key = found.user?.accessKeys.find((k) => k.accessKeyId === accessKeyId);
  if (!found.user || !key) throw unrecognizedClient(service);
  key.lastUsed = { date: nowOf(account), serviceName: service, region: account.facts.region };
  return userPrincipal(found.user, account.facts.accountId, accessKeyId);
}

const ROLE_ARN = /^arn:[^:]+:iam::\d{12}:role\/(?:.*\/)?([^/]+)$/;
const ASSUMED_ROLE_ARN = /^arn:[^:]+:sts::\d{12}:assumed-role\/([^/]+)\/([^/]+)$/;

/** A console principal: a user ARN, a role ARN (its console session) or an assumed-role ARN. */
function consolePrincipal(account: Account, arn: string, service: string): Principal {
  const { iam } = account.state;
  const user = Object.values(iam.users).find((u) => u.arn === arn);
  if (user) return userPrincipal(user, account.facts.accountId);
  const [, roleName, sessionName] = ROLE_ARN.exec(arn) ?? ASSUMED_ROLE_ARN.exec(arn) ?? [];
  const role = roleName === undefined ? undefined : iam.roles[roleName];
  if (!role || (ROLE_ARN.test(arn) && role.arn !== arn)) throw unrecognizedClient(service);
  return assumedRolePrincipal(account, role, sessionName ?? CONSOLE_SESSION_NAME, nowOf(account));
}

export function authenticate(account: Account, caller: Caller, service: string): Principal {
  switch (caller.kind) {
    case 'accessKey':
      return keyPrincipal(account, caller.accessKeyId, service);
    case 'principal':
      return consolePrincipal(account, caller.arn, service);
    case 'anonymous':
      return { type: 'Anonymous', arn: '*', accountId: 'ANONYMOUS_PRINCIPAL', principalId: 'ANONYMOUS_PRINCIPAL' };
    case 'service':
      // A service principal belongs to no customer account; policies name it by its service name.
      return {
        type: 'AWSService', arn: caller.service, accountId: '', principalId: caller.service,
        serviceSource: { ...(caller.sourceArn !== undefined ? { sourceArn: caller.sourceArn } : {}), ...(caller.sourceAccount !== undefined ? { sourceAccount: caller.sourceAccount } : {}) },
      };
  }
}
