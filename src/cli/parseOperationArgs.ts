/**
 * The options after `aws <service> <operation>` → the SDK input, with argparse's checks:
 * a value for every option that takes one, every required option present, and whatever is
 * left over reported as `Unknown options:`.
 */
import { argparseError, unknownOptions } from './cliErrors.ts';
import type { CliArgument, CliOperation } from './argTable.ts';
import { paramValue, type ParamContext } from './paramValue.ts';

const isOption = (word: string) => word.startsWith('--') && word.length > 2;
const takesMany = (arg: CliArgument) => arg.shape.type === 'list';

export function parseOperationArgs(operation: CliOperation, words: readonly string[], ctx: ParamContext): Record<string, unknown> {
  const byOption = new Map(operation.arguments.map((arg) => [arg.option, arg]));
  const given = new Map<CliArgument, string[] | boolean>();
  const unknown: string[] = [];

  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!isOption(word)) {
      unknown.push(word);
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
  if (missing.length > 0) throw argparseError(`the following arguments are required: ${missing.join(', ')}`);
  if (unknown.length > 0) throw unknownOptions(unknown);

  const input: Record<string, unknown> = {};
  for (const [arg, value] of given) {
    input[arg.member] = typeof value === 'boolean' ? value : paramValue(arg.option, arg.shape, value, ctx);
  }
  return input;
}
