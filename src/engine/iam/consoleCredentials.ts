/**
 * The credentials the console itself signs with for the principal it is signed in as — what
 * the S3 console uses to presign "Open". A role's console session is temporary credentials
 * of that role, as the Builder Lab sign-in gives the learner (session name `learner`); a user
 * signs with an active access key of theirs. The console's sign-in is not an API call, so
 * nothing is recorded in CloudTrail here, as AWS records no AssumeRole for a console login.
 */
import { nowOf, type Account } from '../account.ts';
import { accessKeyIdOf, secretAccessKeyOf, sessionTokenOf } from './iamIds.ts';
import { CONSOLE_SESSION_NAME } from './learnerRole.ts';
import type { StsSession } from './state.ts';

export type ConsoleCredentials = {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  /** Epoch ms when the session ends; absent for a user's long-term key. */
  readonly expiration?: number;
};

const ROLE_ARN = /^arn:[^:]+:iam::\d{12}:role\/(?:.*\/)?([^/]+)$/;
const ASSUMED_ROLE_ARN = /^arn:[^:]+:sts::\d{12}:assumed-role\/([^/]+)\/([^/]+)$/;
/** A session with less time left than this is not handed out again: a presigned URL could outlive it. */
const REUSE_MARGIN_MS = 15 * 60 * 1000;

function roleSession(account: Account, roleName: string, sessionName: string): ConsoleCredentials | undefined {
  const role = account.state.iam.roles[roleName];
  if (!role) return undefined;
  const now = nowOf(account);
  const reusable = Object.values(account.state.iam.sessions).find((s) =>
    s.roleName === roleName && s.sessionName === sessionName && s.sourceArn === role.arn && s.expiration - now > REUSE_MARGIN_MS);
  const { ids } = account.platform;
  const session: StsSession = reusable ?? {
    accessKeyId: accessKeyIdOf(ids, 'ASIA'),
    secretAccessKey: secretAccessKeyOf(ids),
    sessionToken: sessionTokenOf(ids),
    roleName,
    sessionName,
    createDate: now,
    expiration: now + role.maxSessionDuration * 1000,
    // The console signs the role in itself: no other principal called AssumeRole.
    sourceArn: role.arn,
  };
  account.state.iam.sessions[session.accessKeyId] = session;
  return { accessKeyId: session.accessKeyId, secretAccessKey: session.secretAccessKey, sessionToken: session.sessionToken, expiration: session.expiration };
}

/** `undefined`: no such principal, or a user without an active access key. */
export function consoleCredentials(account: Account, principalArn: string): ConsoleCredentials | undefined {
  const user = Object.values(account.state.iam.users).find((u) => u.arn === principalArn);
  if (user) {
    const key = user.accessKeys.find((k) => k.status === 'Active');
    return key ? { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey } : undefined;
  }
  const [, roleName, sessionName] = ROLE_ARN.exec(principalArn) ?? ASSUMED_ROLE_ARN.exec(principalArn) ?? [];
  if (roleName === undefined) return undefined;
  if (ROLE_ARN.test(principalArn) && account.state.iam.roles[roleName]?.arn !== principalArn) return undefined;
  return roleSession(account, roleName, sessionName ?? CONSOLE_SESSION_NAME);
}
