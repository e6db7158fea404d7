/** Turns a call's caller into a principal, or the AWS error for an unknown access key. */
import type { Account } from '../account.ts';
import { AwsError } from '../errors.ts';
import type { Caller, Principal } from '../principal.ts';
import type { AccessKey, IamUser } from './state.ts';

export function findAccessKey(account: Account, accessKeyId: string): { user: IamUser; key: AccessKey } | undefined {
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

export function authenticate(account: Account, caller: Caller, service: string): Principal {
  const { accountId } = account.facts;
  switch (caller.kind) {
    case 'accessKey': {
      const found = findAccessKey(account, caller.accessKeyId);
      if (!found || found.key.status !== 'Active') throw unrecognizedClient(service);
      return userPrincipal(found.user, accountId, caller.accessKeyId);
    }
    case 'principal': {
      const user = Object.values(account.state.iam.users).find((u) => u.arn === caller.arn);
      if (!user) throw unrecognizedClient(service);
      return userPrincipal(user, accountId);
    }
    case 'anonymous':
      return { type: 'Anonymous', arn: '*', accountId: 'ANONYMOUS_PRINCIPAL', principalId: 'ANONYMOUS_PRINCIPAL' };
  }
}
