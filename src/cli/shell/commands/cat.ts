/** cat [file…] — the files' bytes in order, or standard input when no file is named. */
import type { ShellCommand } from '../shellCommand.ts';

export const cat: ShellCommand = async (args, io, shell) => {
  if (args.length === 0) {
    io.stdout(io.stdin);
    return 0;
  }
  let status = 0;
  for (const path of args) {
    const bytes = path === '-' ? io.stdin : shell.workspace.read(path);
    if (bytes === undefined) {
      io.stderr(`cat: ${path}: No such file or directory\n`);
      status = 1;
    } else io.stdout(bytes);
  }
  return status;
};
