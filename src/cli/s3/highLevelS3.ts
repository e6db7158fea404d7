/**
 * `aws s3 <command>`: the CLI's high-level S3 commands (ls, mb, rb, cp, mv, rm, presign),
 * written on top of the same SDK calls as `aws s3api` and printing what CLI v2 prints.
 */
import type { AwsCliEnv, CliResult } from '../awsCli.ts';
import { argparseError } from '../cliErrors.ts';
import type { GlobalOptions } from '../globalOptions.ts';
import { cp, mv } from './cp.ts';
import { ls } from './ls.ts';
import { mb } from './mb.ts';
import { presign } from './presign.ts';
import { rb } from './rb.ts';
import { rm } from './rm.ts';
import { parseS3Args } from './s3Args.ts';
import type { S3Command } from './s3Command.ts';
import { openS3Session } from './s3Session.ts';

export const S3_COMMANDS: Readonly<Record<string, S3Command>> = { cp, ls, mb, mv, presign, rb, rm };

export async function runHighLevelS3(words: readonly string[], options: GlobalOptions, env: AwsCliEnv): Promise<CliResult> {
  const [name, ...params] = words;
  if (name === undefined) throw argparseError('the following arguments are required: operation');
  const command = Object.hasOwn(S3_COMMANDS, name) ? S3_COMMANDS[name] : undefined;
  if (!command) throw argparseError(`argument operation: Invalid choice, valid choices are:\n\n${Object.keys(S3_COMMANDS).join('\n')}\n`);
  const args = parseS3Args(params, command.spec);
  return command.run(args, await openS3Session(name, options, env));
}
