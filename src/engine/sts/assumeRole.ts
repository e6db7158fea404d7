import type { OperationContext } from '../operation.ts';
import { assumedRoleArn } from '../iam/assumedRolePrincipal.ts';
import { accessKeyIdOf, secretAccessKeyOf, sessionTokenOf } from '../iam/iamIds.ts';
import { assumeRoleDenied, durationOverChainLimit, durationOverRoleMax } from './stsErrors.ts';
import { trustPolicyAllows } from './trustPolicyAllows.ts';

export type AssumeRoleInput = { RoleArn: string; RoleSessionName: string; DurationSeconds?: number; ExternalId?: string; Policy?: string };
export type AssumeRoleOutput = {
  Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: Date };
  AssumedRoleUser: { AssumedRoleId: string; Arn: string };
};

const ROLE_NAME = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/;
/** A session assumed from another role session may last at most an hour (role chaining). */
const CHAINED_MAX_SECONDS = 3600;

/**
 * Temporary credentials for a role whose trust policy lets the caller in (trustPolicyAllows.ts;
 * authorization is decided here, not by dispatch's identity-only check). A role that does not
 * exist is refused exactly like one that does not trust the caller: AWS does not reveal which.
 */
export async function assumeRole(ctx: OperationContext, input: AssumeRoleInput): Promise<AssumeRoleOutput> {
  const { account, principal } = ctx;
  const [, accountId, roleName = ''] = ROLE_NAME.exec(input.RoleArn) ?? [];
  const role = accountId === account.facts.accountId ? account.state.iam.roles[roleName] : undefined;
  if (!role || role.arn !== input.RoleArn || !trustPolicyAllows(ctx, role, input)) {
    throw assumeRoleDenied(principal.arn, input.RoleArn);
  }
  const duration = input.DurationSeconds ?? 3600;
  if (principal.type === 'AssumedRole' && duration > CHAINED_MAX_SECONDS) throw durationOverChainLimit();
  if (duration > role.maxSessionDuration) throw durationOverRoleMax();
  const { ids } = account.platform;
  const session = {
    accessKeyId: accessKeyIdOf(ids, 'ASIA'),
    secretAccessKey: secretAccessKeyOf(ids),
    sessionToken: sessionTokenOf(ids),
    roleName: role.roleName,
    sessionName: input.RoleSessionName,
    createDate: ctx.now,
    expiration: ctx.now + duration * 1000,
    sourceArn: principal.arn,
  };
  account.state.iam.sessions[session.accessKeyId] = session;
  return {
    Credentials: { AccessKeyId: session.accessKeyId, SecretAccessKey: session.secretAccessKey, SessionToken: session.sessionToken, Expiration: new Date(session.expiration) },
    AssumedRoleUser: { AssumedRoleId: `${role.roleId}:${input.RoleSessionName}`, Arn: assumedRoleArn(account, role.roleName, input.RoleSessionName) },
  };
}
