/**
 * base64 [-d|--decode] [-w COLS] [file] — GNU coreutils' base64: encodes with lines wrapped
 * at 76 columns (-w 0: no wrapping); decoding ignores newlines and says `base64: invalid
 * input` for anything else that is not base64.
 */
import { fromBase64, fromUtf8, toBase64 } from '../../../shared/bytes.ts';
import type { ShellCommand } from '../shellCommand.ts';

export const base64: ShellCommand = async (args, io, shell) => {
  let decode = false;
  let wrap = 76;
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-d' || arg === '--decode') decode = true;
    else if (arg === '-w' || arg === '--wrap') wrap = Number(args[++i]);
    else if (arg.startsWith('--wrap=')) wrap = Number(arg.slice(7));
    else file = arg;
  }
  const input = file === undefined || file === '-' ? io.stdin : shell.workspace.read(file);
  if (input === undefined) {
    io.stderr(`base64: ${file}: No such file or directory\n`);
    return 1;
  }
  if (decode) {
    const bytes = fromBase64(fromUtf8(input).replace(/[\r\n]/g, ''));
    if (!bytes) {
      io.stderr('base64: invalid input\n');
      return 1;
    }
    io.stdout(bytes);
    return 0;
  }
  const text = toBase64(input);
  const lines = wrap > 0 ? (text.match(new RegExp(`.{1,${wrap}}`, 'g')) ?? []) : [text];
  io.stdout(lines.length === 0 ? '' : `${lines.join('\n')}\n`);
  return 0;
};
