/**
 * --max-items, --starting-token and --page-size: the options CLI v2 adds to every operation
 * that has a paginator. Taken out before the operation's own parameters are parsed.
 */
import { argparseError } from './cliErrors.ts';
import type { PagingOptions } from './paginate.ts';

const INTEGER_OPTIONS = { '--max-items': 'maxItems', '--page-size': 'pageSize' } as const;

export const PAGING_OPTION_NAMES = ['--max-items', '--page-size', '--starting-token'];

export function takePagingOptions(params: readonly string[]): { paging: PagingOptions; rest: string[] } {
  const paging: PagingOptions = {};
  const rest: string[] = [];
  for (let i = 0; i < params.length; i++) {
    const word = params[i]!;
    if (!PAGING_OPTION_NAMES.includes(word)) {
      rest.push(word);
      continue;
    }
    const value = params[++i];
    if (value === undefined) throw argparseError(`argument ${word}: expected one argument`);
    if (word === '--starting-token') paging.startingToken = value;
    else if (!/^\d+$/.test(value)) throw argparseError(`argument ${word}: invalid int value: '${value}'`);
    else paging[INTEGER_OPTIONS[word as keyof typeof INTEGER_OPTIONS]] = Number(value);
  }
  return { paging, rest };
}
