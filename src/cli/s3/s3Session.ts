/**
 * What every `aws s3` command needs: the profile's credentials (a role profile's assumed-role
 * session included, as for `aws s3api`), the region, and a way to
 * send one S3 API call through the real @aws-sdk/client-s3 (invokeOperation), with the
 * user agent the CLI sends for the high-level command (`command/s3.cp`).
 */
import type { AwsCliEnv } from '../awsCli.ts';
import { CliError } from '../cliErrors.ts';
import type { GlobalOptions } from '../globalOptions.ts';
import { invokeOperation } from '../invokeOperation.ts';
import { DEFAULT_PROFILE, type Credentials } from '../profiles.ts';
import { profileCredentials } from '../roleProfile.ts';
import { findService } from '../services.ts';

export type S3Session = {
  readonly command: string;
  readonly region: string;
  readonly credentials: Credentials;
  readonly env: AwsCliEnv;
  call<T = Record<string, unknown>>(operation: string, input: Record<string, unknown>): Promise<T>;
};

export async function openS3Session(command: string, options: GlobalOptions, env: AwsCliEnv): Promise<S3Session> {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const region = options.region ?? env.defaultRegion;
  const credentials = await profileCredentials(profile, { profiles: env.profiles, requestHandler: env.requestHandler, region, userAgentService: 's3', cliOperation: command });
  const service = findService('s3api')!;
  return {
    command, region, credentials, env,
    call: async <T>(operation: string, input: Record<string, unknown>) =>
      (await invokeOperation({ service, operation, cliOperation: command, input, region, credentials, requestHandler: env.requestHandler, userAgentService: 's3' })) as T,
  };
}

/** A service error's one-line text, as transfer commands print it after "upload failed: …". */
export const errorLine = (error: unknown): string => {
  if (error instanceof CliError) return error.stderr.trim();
  throw error;
};
