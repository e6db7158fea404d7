/**
 * The AWS CLI v2 global options, which may appear anywhere on the line. They are taken out
 * first; what remains is `<service> <operation> [parameters]`. Options that have no meaning
 * in the lab (--endpoint-url, --no-verify-ssl, --ca-bundle, timeouts, --no-cli-pager …) are
 * accepted and ignored: every request goes to the simulated account.
 */
import { argparseError } from './cliErrors.ts';
import type { BinaryFormat } from './paramValue.ts';

export const OUTPUT_FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream', 'off'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export type GlobalOptions = {
  output: OutputFormat;
  query?: string;
  profile?: string;
  region?: string;
  binaryFormat: BinaryFormat;
  version: boolean;
};

const WITH_VALUE = new Set(['--output', '--query', '--profile', '--region', '--endpoint-url', '--cli-binary-format', '--color', '--ca-bundle', '--cli-read-timeout', '--cli-connect-timeout', '--cli-error-format']);
const FLAGS = new Set(['--debug', '--no-verify-ssl', '--no-paginate', '--no-sign-request', '--no-cli-pager', '--cli-auto-prompt', '--no-cli-auto-prompt', '--version']);

export const GLOBAL_OPTION_NAMES = [...WITH_VALUE, ...FLAGS].sort();

function choice<T extends string>(option: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw argparseError(`argument ${option}: Invalid choice, valid choices are:\n\n${choices.join(' | ')}`);
}

export function takeGlobalOptions(words: readonly string[]): { options: GlobalOptions; rest: string[] } {
  const options: GlobalOptions = { output: 'json', binaryFormat: 'base64', version: false };
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const [name, inline] = word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
    if (FLAGS.has(name)) {
      if (name === '--version') options.version = true;
      continue;
    }
    if (!WITH_VALUE.has(name)) {
      rest.push(word);
      continue;
    }
    const value = inline ?? words[++i];
    if (value === undefined) throw argparseError(`argument ${name}: expected one argument`);
    if (name === '--output') options.output = choice(name, value, OUTPUT_FORMATS);
    else if (name === '--query') options.query = value;
    else if (name === '--profile') options.profile = value;
    else if (name === '--region') options.region = value;
    else if (name === '--cli-binary-format') options.binaryFormat = choice(name, value, ['base64', 'raw-in-base64-out'] as const);
  }
  return { options, rest };
}
