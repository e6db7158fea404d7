/**
 * What AWS's JSON front end says when a member's JSON type does not fit its shape. Only
 * combinations seen answered by a real awsJson1.1 service carry text; the rest get the bare
 * SerializationException AWS sends for bodies it cannot read (see README.md here).
 */
import type { Shape } from '../models/types.ts';

export const START_OF_LIST = 'Start of list found where not expected';
export const START_OF_MAP = 'Start of structure or map found where not expected.';

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array) && !(v instanceof Date);

/** Coral's names for a scalar JSON value. */
function scalarName(value: unknown): string | undefined {
  if (typeof value === 'string') return 'STRING_VALUE';
  if (typeof value === 'number') return 'NUMBER_VALUE';
  if (value === true) return 'TRUE_VALUE';
  if (value === false) return 'FALSE_VALUE';
  return undefined;
}

const CONVERTED_TARGET: Partial<Record<Shape['type'], string>> = { string: 'a String', integer: 'an Integer' };

function fits(type: Shape['type'], value: unknown): boolean {
  switch (type) {
    case 'structure':
    case 'map':
      return isPlainObject(value);
    case 'list':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
    case 'long':
      return typeof value === 'number' && Number.isInteger(value);
    case 'double':
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'blob':
      return value instanceof Uint8Array;
    case 'timestamp':
      return value instanceof Date && !Number.isNaN(value.getTime());
  }
}

/** undefined when the value fits; otherwise the message ('' = AWS sends none). */
export function typeMismatch(shape: Shape, value: unknown): string | undefined {
  if (fits(shape.type, value)) return undefined;
  if (Array.isArray(value)) return START_OF_LIST;
  if (isPlainObject(value)) return shape.type === 'map' ? '' : START_OF_MAP;
  if (shape.type === 'list') return 'Expected list or null';
  if (shape.type === 'structure') return 'Expected null';
  const target = CONVERTED_TARGET[shape.type];
  const scalar = scalarName(value);
  if (target && scalar && !(shape.type === 'integer' && typeof value === 'number')) return `${scalar} can not be converted to ${target}`;
  return '';
}
