/**
 * Where in the policy text to draw a problem's squiggle. The validator names the element by
 * path (`Statement[0].Condition.StringEquals.kms:ViaService`); keys may contain ':' and '/',
 * so each step matches the longest member name the rest of the path starts with.
 */
import { parseJsonTree, type JsonNode } from './jsonTree.ts';

export type TextRange = { readonly start: number; readonly end: number };

function step(node: JsonNode, rest: string): { node: JsonNode; rest: string } | undefined {
  const index = /^\[(\d+)\]\.?/.exec(rest);
  if (index) {
    const n = Number(index[1]);
    const next = rest.slice(index[0].length);
    if (Array.isArray(node.children)) return node.children[n] ? { node: node.children[n], rest: next } : undefined;
    // `"Statement": { … }` is a one-statement list: Statement[0] is the object itself.
    return n === 0 ? { node, rest: next } : undefined;
  }
  if (!(node.children instanceof Map)) return undefined;
  const names = [...node.children.keys()].filter((k) => rest === k || rest.startsWith(`${k}.`) || rest.startsWith(`${k}[`));
  const name = names.sort((a, b) => b.length - a.length)[0];
  if (name === undefined) return undefined;
  return { node: node.children.get(name)!, rest: rest.slice(name.length).replace(/^\./, '') };
}

/** A container is marked by its member name (or its opening bracket), a value by itself. */
function rangeOf(node: JsonNode): TextRange {
  if (node.kind === 'value') return { start: node.start, end: node.end };
  if (node.keyStart !== undefined && node.keyEnd !== undefined) return { start: node.keyStart, end: node.keyEnd };
  return { start: node.start, end: node.start + 1 };
}

/** JSON.parse says where it stopped ("… at position 12"); without a position, the end. */
function syntaxErrorRange(text: string, detail: string): TextRange {
  const position = /position (\d+)/.exec(detail);
  const at = position ? Math.min(Number(position[1]), text.length) : text.length;
  return { start: Math.max(0, at === text.length ? at - 1 : at), end: Math.max(1, at === text.length ? at : at + 1) };
}

/** The deepest element of `path` the text has: a missing member is marked on its parent. */
export function locateProblem(text: string, path: string, detail = ''): TextRange {
  const root = parseJsonTree(text);
  if (!root) return syntaxErrorRange(text, detail);
  let node = root;
  let rest = path;
  while (rest !== '') {
    const next = step(node, rest);
    if (!next) break;
    ({ node, rest } = next);
  }
  return rangeOf(node);
}
