/**
 * One shape's constraints (length, range, enum, pattern) in AWS's words, and the way AWS
 * prints the offending value: Java's toString of what it deserialized, or nothing at all
 * for sensitive members ("Value at 'plaintext' …").
 */
import type { Shape } from '../models/types.ts';
import { isPlainObject } from './typeMismatch.ts';

/** Java's toString: lists as [a, b], maps as {k=v}, blobs as the ByteBuffer AWS holds. */
export function javaText(value: unknown): string {
  if (value instanceof Uint8Array) return `java.nio.HeapByteBuffer[pos=0 lim=${value.length} cap=${value.length}]`;
  if (Array.isArray(value)) return `[${value.map(javaText).join(', ')}]`;
  if (isPlainObject(value)) return `{${Object.entries(value).map(([k, v]) => `${k}=${javaText(v)}`).join(', ')}}`;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

const patterns = new Map<string, RegExp | undefined>();

/** Model patterns are Java regexes that must match the whole value. */
function compiled(pattern: string): RegExp | undefined {
  if (!patterns.has(pattern)) {
    let re: RegExp | undefined;
    for (const flags of ['u', '']) {
      try {
        re = new RegExp(`^(?:${pattern})$`, flags);
        break;
      } catch {
        re = undefined;
      }
    }
    patterns.set(pattern, re);
  }
  return patterns.get(pattern);
}

function lengthOf(value: unknown): number | undefined {
  if (typeof value === 'string' || value instanceof Uint8Array || Array.isArray(value)) return value.length;
  if (isPlainObject(value)) return Object.keys(value).length;
  return undefined;
}

/** The "Member must …" clauses a value breaks, in the order AWS lists them. */
export function brokenConstraints(shape: Shape, value: unknown): string[] {
  const broken: string[] = [];
  if (typeof value === 'number' && (shape.type === 'integer' || shape.type === 'long' || shape.type === 'double' || shape.type === 'float')) {
    if (shape.max !== undefined && value > shape.max) broken.push(`Member must have value less than or equal to ${shape.max}`);
    if (shape.min !== undefined && value < shape.min) broken.push(`Member must have value greater than or equal to ${shape.min}`);
    return broken;
  }
  const length = lengthOf(value);
  if (length !== undefined) {
    if (shape.max !== undefined && length > shape.max) broken.push(`Member must have length less than or equal to ${shape.max}`);
    if (shape.min !== undefined && length < shape.min) broken.push(`Member must have length greater than or equal to ${shape.min}`);
  }
  if (typeof value === 'string' && shape.pattern !== undefined && compiled(shape.pattern)?.test(value) === false) {
    broken.push(`Member must satisfy regular expression pattern: ${shape.pattern}`);
  }
  if (typeof value === 'string' && shape.enum && !shape.enum.includes(value)) {
    broken.push(`Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
  }
  return broken;
}

export const constraintMessage = (value: unknown, path: string, sensitive: boolean, clause: string): string =>
  sensitive
    ? `Value at '${path}' failed to satisfy constraint: ${clause}`
    : `Value '${javaText(value)}' at '${path}' failed to satisfy constraint: ${clause}`;
