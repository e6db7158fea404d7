/**
 * The options after `aws <service> <operation>` → the SDK input, with argparse's checks:
 * a value for every option that takes one, every required option present, and whatever is
 * left over reported as `Unknown options:`. An operation with a streaming output also takes
 * the positional `outfile` (s3api get-object … report.txt), required like an option.
 */
import { argparseError, paramError, unknownOptions } from './cliErrors.ts';
import type { CliArgument, CliOperation } from './argTable.ts';
import { paramValue, type ParamContext } from './paramValue.ts';

export type ParsedCommand = { readonly input: Record<string, unknown>; readonly outfile?: string };

/**
 * awscli/argprocess.py: a streaming blob is opened as a local file path — not base64, not
 * file:// or fileb:// (the CLI v2 reference: "must not be prefixed with file:// or fileb://").
 */
function streamingBlob(arg: CliArgument, path: string, ctx: ParamContext): Uint8Array {
  const bytes = ctx.workspace.read(path);
  if (bytes === undefined) throw paramError(arg.option, 'Blob values must be a path to a file.');
  return bytes;
}

const isOption = (word: string) => word.startsWith('--') && word.length > 2;
const takesMany = (arg: CliArgument) => arg.shape.type === 'list';

export function parseOperationArgs(operation: CliOperation, words: readonly string[], ctx: ParamContext): Record<string, unknown> {
  return parseCommand(operation, words, ctx).input;
}

export function parseCommand(operation: CliOperation, words: readonly string[], ctx: ParamContext): ParsedCommand {
  const byOption = new Map(operation.arguments.map((arg) => [arg.option, arg]));
  const given = new Map<CliArgument, string[] | boolean>();
  const unknown: string[] = [];
  let outfile: string | undefined;

  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!isOption(word)) {
      if (operation.streamingOutput && outfile === undefined) outfile = word;
      else unknown.push(word);
      continue;
    }
    const [option, inline] = word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
    const arg = byOption.get(option);
    const negated = !arg && option.startsWith('--no-') ? byOption.get(`--${option.slice(5)}`) : undefined;
    if (negated?.shape.type === 'boolean') {
      given.set(negated, false);
      continue;
    }
    if (!arg) {
      unknown.push(word);
      continue;
    }
    if (arg.shape.type === 'boolean') {
      given.set(arg, true);
      continue;
    }
    const values: string[] = inline === undefined ? [] : [inline];
    while (inline === undefined && i + 1 < words.length && !isOption(words[i + 1]!)) {
      if (values.length === 1 && !takesMany(arg)) break;
      values.push(words[++i]!);
    }
    if (values.length === 0) throw argparseError(`argument ${option}: expected ${takesMany(arg) ? 'at least one argument' : 'one argument'}`);
    given.set(arg, values);
  }

  const missing = operation.arguments.filter((arg) => arg.required && !given.has(arg)).map((arg) => arg.option);
  // argparse names the positional after the options: streamingoutput.py adds it to the table last.
  if (operation.streamingOutput && outfile === undefined) missing.push('outfile');
  if (missing.length > 0) throw argparseError(`the following arguments are required: ${missing.join(', ')}`);
  if (unknown.length > 0) throw unknownOptions(unknown);

  const input: Record<string, unknown> = {};
  for (const [arg, value] of given) {
    if (typeof value === 'boolean') input[arg.member] = value;
    else input[arg.member] = arg.streaming ? streamingBlob(arg, value[0]!, ctx) : paramValue(arg.option, arg.shape, value, ctx);
  }
  return outfile === undefined ? { input } : { input, outfile };
}
