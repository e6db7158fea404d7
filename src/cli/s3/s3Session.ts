/**
 * What every `aws s3` command needs: the profile's credentials, the region, and a way to
 * send one S3 API call through the real @aws-sdk/client-s3 (invokeOperation), with the
 * user agent the CLI sends for the high-level command (`command/s3.cp`).
 */
import type { AwsCliEnv } from '../awsCli.ts';
import { CliError, EXIT } from '../cliErrors.ts';
import type { GlobalOptions } from '../globalOptions.ts';
import { invokeOperation } from '../invokeOperation.ts';
import { DEFAULT_PROFILE, type Credentials } from '../profiles.ts';
import { findService } from '../services.ts';

export type S3Session = {
  readonly command: string;
  readonly region: string;
  readonly credentials: Credentials;
  readonly env: AwsCliEnv;
  call<T = Record<string, unknown>>(operation: string, input: Record<string, unknown>): Promise<T>;
};

export function openS3Session(command: string, options: GlobalOptions, env: AwsCliEnv): S3Session {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const credentials = env.profiles.credentials(profile);
  if (!credentials) throw new CliError(`\nThe config profile (${profile}) could not be found\n`, EXIT.other);
  const region = options.region ?? env.defaultRegion;
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
