import type { Account } from '../account.ts';
import type { Principal } from '../principal.ts';
import type { IamRole } from './state.ts';

/** `arn:aws:sts::111122223333:assumed-role/Role/session`, as STS and CloudTrail name a role session. */
export const assumedRoleArn = (account: Account, roleName: string, sessionName: string) =>
  `arn:${account.facts.partition}:sts::${account.facts.accountId}:assumed-role/${roleName}/${sessionName}`;

/** A role session: principalId AROA…:session, and the session data CloudTrail's sessionContext shows. */
export function assumedRolePrincipal(account: Account, role: IamRole, sessionName: string, creationDate: number, accessKeyId?: string): Principal {
  return {
    type: 'AssumedRole',
    arn: assumedRoleArn(account, role.roleName, sessionName),
    accountId: account.facts.accountId,
    principalId: `${role.roleId}:${sessionName}`,
    ...(accessKeyId ? { accessKeyId } : {}),
    session: { creationDate, mfaAuthenticated: false, issuerArn: role.arn },
  };
}
