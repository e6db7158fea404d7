/** The contract of one `aws s3` command: its arguments, and a run that prints as the CLI does. */
import type { CliResult } from '../awsCli.ts';
import type { S3Args, S3CommandSpec } from './s3Args.ts';
import type { S3Session } from './s3Session.ts';

export type S3Command = {
  readonly spec: S3CommandSpec;
  run(args: S3Args, session: S3Session): Promise<CliResult>;
};

/** awscli's exit code when one or more transfers failed (cli-usage-returncodes: "Limited to S3 commands"). */
export const TRANSFER_FAILED = 1;

export const printed = (stdout: string, stderr = '', exitCode = 0): CliResult => ({ stdout, stderr, exitCode });
