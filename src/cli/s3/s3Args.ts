/**
 * Arguments of one `aws s3` command: its positional paths and its own options, parsed the
 * way the CLI's argparse does — missing paths and unknown options are usage errors (252).
 */
import { argparseError, unknownOptions } from '../cliErrors.ts';

export type S3CommandSpec = {
  /** Names of the positional arguments, as argparse reports them missing. */
  readonly positionals: readonly string[];
  /** How many positionals may be left out (ls takes none or one). */
  readonly optional?: number;
  readonly flags: readonly string[];
  readonly withValue: readonly string[];
};

export type S3Args = { readonly paths: string[]; readonly flags: ReadonlySet<string>; readonly values: ReadonlyMap<string, string> };

export function parseS3Args(words: readonly string[], spec: S3CommandSpec): S3Args {
  const paths: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const unknown: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const [name, inline] = word.includes('=') && word.startsWith('--') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
    if (spec.flags.includes(name)) flags.add(name);
    else if (spec.withValue.includes(name)) {
      const value = inline ?? words[++i];
      if (value === undefined) throw argparseError(`argument ${name}: expected one argument`);
      values.set(name, value);
    } else if (word.startsWith('--')) unknown.push(word);
    else paths.push(word);
  }
  const required = spec.positionals.length - (spec.optional ?? 0);
  if (paths.length < required) throw argparseError(`the following arguments are required: ${spec.positionals.slice(paths.length).join(', ')}`);
  if (paths.length > spec.positionals.length) unknown.push(...paths.splice(spec.positionals.length));
  if (unknown.length > 0) throw unknownOptions(unknown);
  return { paths, flags, values };
}

export function integerValue(args: S3Args, option: string): number | undefined {
  const text = args.values.get(option);
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text)) throw argparseError(`argument ${option}: invalid int value: '${text}'`);
  return Number(text);
}
