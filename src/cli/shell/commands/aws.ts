/** aws … — the simulated AWS CLI. */
import { runAws } from '../../awsCli.ts';
import type { ShellCommand } from '../shellCommand.ts';

export const aws: ShellCommand = async (args, io, shell) => {
  const result = await runAws(args, shell.aws);
  io.stdout(result.stdout);
  io.stderr(result.stderr);
  return result.exitCode;
};
