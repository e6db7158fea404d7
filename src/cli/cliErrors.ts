/**
 * The CLI's own failures, in AWS CLI v2's words and exit codes (docs.aws.amazon.com/cli/
 * latest/userguide/cli-usage-returncodes.html): 252 for a command line that cannot run,
 * 254 when the service answered with an error, 255 for anything else. The CLI's error
 * handlers write "\n" + message + "\n" to stderr (awscli/errorhandler.py).
 */
export const EXIT = { ok: 0, usage: 252, config: 253, service: 254, other: 255 } as const;

/** awscli/argparser.py's USAGE, printed above argparse errors and unknown options. */
export const USAGE = [
  'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]',
  'To see help text, you can run:',
  '',
  '  aws help',
  '  aws <command> help',
  '  aws <command> <subcommand> help',
  '',
].join('\n');

export class CliError extends Error {
  constructor(readonly stderr: string, readonly exitCode: number) {
    super(stderr.trim());
  }
}

/** argparse's errors: `aws: error: the following arguments are required: --key-id`. */
export const argparseError = (message: string) => new CliError(`\n${USAGE}\naws: error: ${message}\n`, EXIT.usage);

export const unknownOptions = (options: readonly string[]) =>
  new CliError(`\n${USAGE}\nUnknown options: ${options.join(', ')}\n\n`, EXIT.usage);

/** A value the CLI could not turn into a parameter (ParamError). */
export const paramError = (option: string, message: string) =>
  new CliError(`\nError parsing parameter '${option}': ${message}\n`, EXIT.usage);

/** A message printed as is with the usage exit code (bad base64, bad --query). */
export const plainUsageError = (message: string) => new CliError(`\n${message}\n`, EXIT.usage);

/** botocore's ClientError text, as CLI v2 prints it for a service error. */
export const serviceError = (code: string, operation: string, message: string) =>
  new CliError(`\nAn error occurred (${code}) when calling the ${operation} operation: ${message}\n`, EXIT.service);
