/**
 * A JSON text as a tree of nodes with their offsets, so a problem found in the parsed value
 * (`Statement[1].Principal.AWS`) can be pointed at in the text. Undefined when the text is
 * not JSON (the policy validator then reports that, with JSON.parse's position).
 */
export type JsonNode = {
  readonly kind: 'object' | 'array' | 'value';
  readonly start: number;
  end: number;
  /** The offsets of the property name that leads to this node, if it is an object member. */
  readonly keyStart?: number;
  readonly keyEnd?: number;
  /** Members of an object by name, items of an array by index. */
  readonly children: Map<string, JsonNode> | JsonNode[];
};

class Stop extends Error {}

export function parseJsonTree(text: string): JsonNode | undefined {
  let at = 0;
  const skip = () => {
    while (at < text.length && /\s/.test(text[at]!)) at++;
  };
  const fail = (): never => {
    throw new Stop();
  };
  const readString = (): string => {
    const start = at;
    at++;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    if (at >= text.length) fail();
    at++;
    try {
      return JSON.parse(text.slice(start, at)) as string;
    } catch {
      return fail();
    }
  };
  const readValue = (key?: { keyStart: number; keyEnd: number }): JsonNode => {
    skip();
    const start = at;
    const ch = text[at];
    if (ch === '{' || ch === '[') {
      const node: JsonNode = ch === '{'
        ? { kind: 'object', start, end: start + 1, ...key, children: new Map() }
        : { kind: 'array', start, end: start + 1, ...key, children: [] };
      at++;
      readMembers(node, ch === '{' ? '}' : ']');
      node.end = at;
      return node;
    }
    if (ch === '"') readString();
    else if (/[-0-9tfn]/.test(ch ?? '')) while (at < text.length && /[-+.\w]/.test(text[at]!)) at++;
    else fail();
    return { kind: 'value', start, end: at, ...key, children: [] };
  };
  function readMembers(node: JsonNode, close: string) {
    skip();
    if (text[at] === close) return void at++;
    for (;;) {
      skip();
      if (node.children instanceof Map) {
        if (text[at] !== '"') fail();
        const keyStart = at;
        const name = readString();
        const keyEnd = at;
        skip();
        if (text[at] !== ':') fail();
        at++;
        node.children.set(name, readValue({ keyStart, keyEnd }));
      } else {
        node.children.push(readValue());
      }
      skip();
      if (text[at] === ',') at++;
      else if (text[at] === close) return void at++;
      else fail();
    }
  }
  let root: JsonNode | undefined;
  try {
    skip();
    root = readValue();
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  return root;
}
