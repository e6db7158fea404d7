/**
 * The CLI v2 default for list operations: follow the paginator's tokens until the last page
 * and print one merged result — the result keys concatenated (plus the paginator's
 * non-aggregate keys), never the token or truncation members of a page. --max-items stops
 * early and prints a NextToken (base64 of the JSON of the input tokens, with
 * boto_truncate_amount when a page was cut, as botocore's TokenEncoder writes it);
 * --starting-token resumes from one; --page-size sets the limit member of each request.
 */
import type { Paginator } from '../client/serviceModels.ts';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../shared/bytes.ts';
import { plainUsageError } from './cliErrors.ts';

export type PagingOptions = { maxItems?: number; startingToken?: string; pageSize?: number };
type Page = Record<string, unknown>;

/** `A || B[-1].C`: the first present value of simple member paths. */
function search(page: Page, expression: string): unknown {
  for (const alternative of expression.split('||').map((s) => s.trim())) {
    let value: unknown = page;
    for (const part of alternative.split('.')) {
      const [, name, last] = /^(\w+)(\[-1\])?$/.exec(part) ?? [];
      value = value && typeof value === 'object' ? (value as Page)[name ?? ''] : undefined;
      if (last && Array.isArray(value)) value = value.at(-1);
    }
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/** Python's json.dumps spacing, so the token reads like the CLI's. */
const pythonJson = (value: Record<string, unknown>) =>
  `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')}}`;

function decodeToken(token: string): Record<string, unknown> {
  const bytes = fromBase64(token);
  try {
    return JSON.parse(bytes ? fromUtf8(bytes) : '') as Record<string, unknown>;
  } catch {
    // Wording and exit code not confirmed against CLI v2 (botocore raises its own InvalidStartingToken).
    throw plainUsageError(`Unable to parse pagination token: ${token}`);
  }
}

export async function paginate(send: (input: Page) => Promise<Page>, input: Page, paginator: Paginator, options: PagingOptions): Promise<Page> {
  const resume = options.startingToken !== undefined ? decodeToken(options.startingToken) : {};
  let skip = typeof resume.boto_truncate_amount === 'number' ? resume.boto_truncate_amount : 0;
  let tokens: Page = Object.fromEntries(paginator.inputToken.filter((name) => resume[name] !== undefined).map((name) => [name, resume[name]]));
  const merged: Page = {};
  const primary = paginator.resultKey[0]!;
  let count = 0;
  for (let first = true; ; first = false) {
    const page = await send({ ...input, ...tokens, ...(options.pageSize !== undefined && paginator.limitKey ? { [paginator.limitKey]: options.pageSize } : {}) });
    if (first) for (const key of paginator.nonAggregateKeys ?? []) merged[key] = page[key] ?? null;
    let items = Array.isArray(page[primary]) ? (page[primary] as unknown[]).slice(skip) : undefined;
    const room = options.maxItems === undefined ? Infinity : options.maxItems - count;
    if (items && items.length > room) {
      merged.NextToken = toBase64(utf8(pythonJson({ ...tokens, boto_truncate_amount: skip + room })));
      items = items.slice(0, room);
    }
    for (const key of paginator.resultKey) {
      const value = key === primary ? items : page[key];
      if (Array.isArray(value)) merged[key] = [...((merged[key] as unknown[] | undefined) ?? []), ...value];
    }
    count += items?.length ?? 0;
    if (merged.NextToken !== undefined) return merged;
    skip = 0;
    const next = paginator.outputToken.map((expression) => search(page, expression));
    const more = paginator.moreResults === undefined ? next.some((v) => v !== undefined) : page[paginator.moreResults] === true;
    if (!more || next.every((v) => v === undefined)) return merged;
    tokens = Object.fromEntries(paginator.inputToken.map((name, i) => [name, next[i]]).filter(([, v]) => v !== undefined));
    if (options.maxItems !== undefined && count >= options.maxItems) {
      merged.NextToken = toBase64(utf8(pythonJson(tokens)));
      return merged;
    }
  }
}
