/**
 * `--profile`: the account's principals as named profiles. Each IAM user with an active
 * access key is a profile under its user name; `default` is the Admin user's documented
 * example key. Roles (assumed through STS) can join as profiles once the account has them.
 */
export type Credentials = { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };

export interface ProfileSource {
  credentials(profile: string): Credentials | undefined;
  names(): string[];
}

/** The part of the account state profiles are made from (what EngineClient.inspect() gives). */
export type PrincipalsView = {
  readonly iam: { readonly users: Readonly<Record<string, { readonly accessKeys: readonly { accessKeyId: string; secretAccessKey: string; status: string }[] }>> };
};

export const DEFAULT_PROFILE = 'default';

export function profilesFromAccount(view: () => PrincipalsView, defaultUser = 'Admin'): ProfileSource {
  const keyOf = (userName: string) => view().iam.users[userName]?.accessKeys.find((key) => key.status === 'Active');
  return {
    credentials(profile) {
      const key = keyOf(profile === DEFAULT_PROFILE ? defaultUser : profile);
      return key ? { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey } : undefined;
    },
    names: () => [DEFAULT_PROFILE, ...Object.keys(view().iam.users).filter((name) => keyOf(name))],
  };
}
