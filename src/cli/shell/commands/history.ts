/** history — the lines typed so far, numbered as bash prints them (`%5d  %s`). */
import type { ShellCommand } from '../shellCommand.ts';

export const history: ShellCommand = async (_args, io, shell) => {
  shell.history.forEach((line, index) => io.stdout(`${String(index + 1).padStart(5)}  ${line}\n`));
  return 0;
};
