/** echo [-n] words… — the words joined by spaces, then a newline unless -n. */
import type { ShellCommand } from '../shellCommand.ts';

export const echo: ShellCommand = async (args, io) => {
  const noNewline = args[0] === '-n';
  const words = noNewline ? args.slice(1) : args;
  io.stdout(`${words.join(' ')}${noNewline ? '' : '\n'}`);
  return 0;
};
