/** ls [file…] — the workspace's files, one per line (the lab's workspace has no folders to walk). */
import type { ShellCommand } from '../shellCommand.ts';
import { normalizePath } from '../../workspace.ts';

export const ls: ShellCommand = async (args, io, shell) => {
  const names = args.filter((arg) => !arg.startsWith('-'));
  const files = shell.workspace.list();
  if (names.length === 0) {
    for (const file of files) io.stdout(`${file}\n`);
    return 0;
  }
  let status = 0;
  for (const name of names) {
    const prefix = `${normalizePath(name).replace(/\/$/, '')}/`;
    const inside = files.filter((file) => file.startsWith(prefix));
    if (files.includes(normalizePath(name))) io.stdout(`${name}\n`);
    else if (inside.length > 0) for (const file of inside) io.stdout(`${file.slice(prefix.length)}\n`);
    else {
      io.stderr(`ls: cannot access '${name}': No such file or directory\n`);
      status = 2;
    }
  }
  return status;
};
