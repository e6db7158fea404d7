/** clear — empties the terminal screen. */
import type { ShellCommand } from '../shellCommand.ts';

export const clear: ShellCommand = async (_args, _io, shell) => {
  shell.clearScreen();
  return 0;
};
