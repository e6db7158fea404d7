/**
 * `--profile`: the account's principals as named profiles. Each IAM user with an active
 * access key is a profile under its user name; `default` is the Admin user's documented
 * example key. Each role is a profile too (`writer`, or `role/writer` when a user has the same
 * name): like a ~/.aws/config `role_arn` profile whose source is the default profile, the CLI
 * assumes it through sts:AssumeRole (roleProfile.ts) and keeps the session until it expires.
 */
export type Credentials = { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };

/** An assumed role's credentials and when they end (epoch ms, simulated clock). */
export type RoleSession = Credentials & { readonly expiration: number };

export interface ProfileSource {
  /** A user profile's long-term key. */
  credentials(profile: string): Credentials | undefined;
  names(): string[];
  /** The role a role profile names, when `profile` is one. */
  roleArn?(profile: string): string | undefined;
  /** Now on the account's simulated clock (epoch ms), to tell whether a cached session has expired. */
  now?(): number;
  /** Sessions kept between commands, as the CLI's ~/.aws/cli/cache keeps them, by role ARN. */
  readonly roleSessions?: Map<string, RoleSession>;
}

/** The part of the account state profiles are made from (what EngineClient.inspect() gives). */
export type PrincipalsView = {
  readonly iam: {
    readonly users: Readonly<Record<string, { readonly accessKeys: readonly { accessKeyId: string; secretAccessKey: string; status: string }[] }>>;
    readonly roles?: Readonly<Record<string, { readonly arn: string }>>;
  };
  /** The simulated clock's offset from the host clock. */
  readonly clockOffsetMs?: number;
};

export const DEFAULT_PROFILE = 'default';
const ROLE_PREFIX = 'role/';

export function profilesFromAccount(view: () => PrincipalsView, defaultUser = 'Admin', hostNow: () => number = () => Date.now()): ProfileSource {
  const keyOf = (userName: string) => view().iam.users[userName]?.accessKeys.find((key) => key.status === 'Active');
  const roleNames = () => Object.keys(view().iam.roles ?? {});
  return {
    credentials(profile) {
      const key = keyOf(profile === DEFAULT_PROFILE ? defaultUser : profile);
      return key ? { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey } : undefined;
    },
    names: () => [
      DEFAULT_PROFILE,
      ...Object.keys(view().iam.users).filter((name) => keyOf(name)),
      ...roleNames().map((name) => (keyOf(name) ? `${ROLE_PREFIX}${name}` : name)),
    ],
    roleArn(profile) {
      const name = profile.startsWith(ROLE_PREFIX) ? profile.slice(ROLE_PREFIX.length) : profile;
      if (name === profile && (profile === DEFAULT_PROFILE || keyOf(profile))) return undefined;
      return view().iam.roles?.[name]?.arn;
    },
    now: () => hostNow() + (view().clockOffsetMs ?? 0),
    roleSessions: new Map(),
  };
}
