/**
 * The AWS CLI's shorthand syntax (docs: cli-usage-shorthand), after botocore's grammar:
 *
 *   parameter = keyval *("," keyval)
 *   keyval    = key "=" [values]
 *   values    = "[" list "]" | "{" parameter "}" | csv-value
 *   csv-value = value *("," value-without-"=")     → `Key=a,b,c` gives Key: [a, b, c]
 *
 * Values may be quoted with ' or ". The result holds strings only; the caller converts
 * them to the member types the model names.
 */
export type ShorthandValue = string | ShorthandValue[] | { [key: string]: ShorthandValue };

export class ShorthandError extends Error {
  constructor(readonly expected: string, readonly received: string, readonly input: string, readonly index: number) {
    super(`Expected: '${expected}', received: '${received}' for input:\n${input}\n${' '.repeat(index)}^`);
  }
}

const KEY = /[A-Za-z0-9\-_.#/:]+/y;

export function parseShorthand(input: string): Record<string, ShorthandValue> {
  let i = 0;
  const peek = () => input[i];
  const fail = (expected: string): never => {
    throw new ShorthandError(expected, i >= input.length ? 'EOF' : input[i]!, input, i);
  };
  const skipSpaces = () => {
    while (peek() === ' ') i++;
  };
  const expect = (char: string) => {
    skipSpaces();
    if (peek() !== char) fail(char);
    i++;
  };

  const quoted = (): string => {
    const quote = peek()!;
    const end = input.indexOf(quote, i + 1);
    if (end < 0) return fail(quote);
    const text = input.slice(i + 1, end);
    i = end + 1;
    return text;
  };
  const bare = (stop: RegExp): string => {
    const start = i;
    while (i < input.length && !stop.test(input[i]!)) i++;
    return input.slice(start, i).trim();
  };
  const value = (stop: RegExp): string => {
    skipSpaces();
    return peek() === '"' || peek() === "'" ? quoted() : bare(stop);
  };
  const explicitList = (): ShorthandValue[] => {
    expect('[');
    const items: ShorthandValue[] = [];
    skipSpaces();
    while (peek() !== ']') {
      items.push(peek() === '{' ? hash() : value(/[,\]]/));
      skipSpaces();
      if (peek() === ',') i++;
      else if (peek() !== ']') fail(']');
    }
    i++;
    return items;
  };
  const hash = (): Record<string, ShorthandValue> => {
    expect('{');
    const result = keyvals('}');
    expect('}');
    return result;
  };
  const values = (closing: string | undefined): ShorthandValue => {
    skipSpaces();
    if (peek() === '[') return explicitList();
    if (peek() === '{') return hash();
    const stop = closing ? new RegExp(`[,${closing === '}' ? '}' : ''}]`) : /,/;
    const first = value(stop);
    const list: string[] = [first];
    while (peek() === ',' && !isKeyvalAfterComma()) {
      i++;
      list.push(value(stop));
    }
    return list.length === 1 ? first : list;
  };
  // A value after a comma belongs to the list unless it is the next `key=`.
  const isKeyvalAfterComma = () => /^\s*[A-Za-z0-9\-_.#/:]+=/.test(input.slice(i + 1));
  const keyvals = (closing: string | undefined): Record<string, ShorthandValue> => {
    const result: Record<string, ShorthandValue> = {};
    for (;;) {
      skipSpaces();
      KEY.lastIndex = i;
      const key = KEY.exec(input)?.[0];
      if (!key) fail('=');
      i += key!.length;
      expect('=');
      result[key!] = values(closing);
      skipSpaces();
      if (peek() !== ',') return result;
      i++;
    }
  };

  const result = keyvals(undefined);
  skipSpaces();
  if (i < input.length) fail(',');
  return result;
}
