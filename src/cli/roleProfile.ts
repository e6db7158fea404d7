/**
 * The credentials a profile signs with. A user profile has its access key; a role profile is
 * assumed through sts:AssumeRole as the default profile (the Admin user), like the CLI's
 * `role_arn` + `source_profile` profiles, and the session is reused until it nears its
 * expiration on the simulated clock. A refused AssumeRole is printed as the CLI prints it:
 * `An error occurred (AccessDenied) when calling the AssumeRole operation: …`.
 */
import { CliError, EXIT } from './cliErrors.ts';
import { invokeOperation, type RequestHandler } from './invokeOperation.ts';
import { DEFAULT_PROFILE, type Credentials, type ProfileSource, type RoleSession } from './profiles.ts';
import { findService } from './services.ts';

/**
 * botocore's CachedCredentialFetcher refreshes assumed-role credentials 15 minutes before
 * they expire (its default expiry window), so a command never starts with a nearly dead session.
 */
const EXPIRY_WINDOW_MS = 15 * 60 * 1000;
/**
 * The session name the lab's CLI gives its role sessions. botocore names them
 * `botocore-session-<epoch>` unless role_session_name is configured; a fixed `cli` reads
 * better in CloudTrail's assumed-role ARNs.
 */
export const CLI_ROLE_SESSION_NAME = 'cli';

export type ProfileContext = {
  readonly profiles: ProfileSource;
  readonly requestHandler: RequestHandler;
  readonly region: string;
  /** The command that needs the credentials, for the AssumeRole call's user agent. */
  readonly userAgentService: string;
  readonly cliOperation: string;
};

type AssumeRoleOutput = { Credentials?: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string; Expiration?: Date } };

/** The SDK reads `expiration` as a Date of its own; the client only needs the keys. */
const signingPart = ({ accessKeyId, secretAccessKey, sessionToken }: RoleSession): Credentials => ({ accessKeyId, secretAccessKey, sessionToken });

const profileNotFound = (profile: string) => new CliError(`\nThe config profile (${profile}) could not be found\n`, EXIT.other);

async function assumeRoleProfile(roleArn: string, ctx: ProfileContext): Promise<Credentials> {
  const { profiles } = ctx;
  const cached = profiles.roleSessions?.get(roleArn);
  const now = profiles.now?.() ?? Date.now();
  if (cached && cached.expiration - now > EXPIRY_WINDOW_MS) return signingPart(cached);
  const source = profiles.credentials(DEFAULT_PROFILE);
  if (!source) throw profileNotFound(DEFAULT_PROFILE);
  const output = await invokeOperation({
    service: findService('sts')!, operation: 'AssumeRole', cliOperation: ctx.cliOperation, userAgentService: ctx.userAgentService,
    input: { RoleArn: roleArn, RoleSessionName: CLI_ROLE_SESSION_NAME }, region: ctx.region, credentials: source, requestHandler: ctx.requestHandler,
  }) as AssumeRoleOutput;
  const { AccessKeyId = '', SecretAccessKey = '', SessionToken, Expiration } = output.Credentials ?? {};
  const session = { accessKeyId: AccessKeyId, secretAccessKey: SecretAccessKey, sessionToken: SessionToken, expiration: Expiration?.getTime() ?? now };
  profiles.roleSessions?.set(roleArn, session);
  return signingPart(session);
}

export async function profileCredentials(profile: string, ctx: ProfileContext): Promise<Credentials> {
  const user = ctx.profiles.credentials(profile);
  if (user) return user;
  const roleArn = ctx.profiles.roleArn?.(profile);
  if (!roleArn) throw profileNotFound(profile);
  return assumeRoleProfile(roleArn, ctx);
}
