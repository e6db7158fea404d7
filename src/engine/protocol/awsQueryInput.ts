/**
 * awsQuery requests (IAM, STS): an `application/x-www-form-urlencoded` body such as
 * `Action=CreateUser&Version=2010-05-08&UserName=bob&Tags.member.1.Key=team` turned into
 * the operation's input by walking the service model. Lists are `Name.member.N` (or
 * `Name.N` when flattened), maps `Name.entry.N.key`/`.value`; an empty `Name=` is an empty list.
 */
import type { ServiceModel, ShapeRef } from '../models/types.ts';
import { fromUtf8 } from '../../shared/bytes.ts';

export const QUERY_CONTENT_TYPE = 'application/x-www-form-urlencoded';

export type QueryForm = ReadonlyMap<string, string>;

/** The form fields of a body (and, as the query protocol allows, of the query string). */
export function parseQueryForm(body: Uint8Array, rawQuery = ''): QueryForm {
  const form = new Map<string, string>();
  for (const source of [rawQuery, fromUtf8(body)]) {
    for (const [name, value] of new URLSearchParams(source)) if (!name.startsWith('X-Amz-')) form.set(name, value);
  }
  return form;
}

/** The 1-based indices present under `prefix.` (`Tags.member.` → [1, 2]), in order. */
function indicesUnder(form: QueryForm, prefix: string): number[] {
  const found = new Set<number>();
  for (const name of form.keys()) {
    if (!name.startsWith(prefix)) continue;
    const index = Number(/^(\d+)/.exec(name.slice(prefix.length))?.[1]);
    if (Number.isInteger(index) && index > 0) found.add(index);
  }
  return [...found].sort((a, b) => a - b);
}

const hasUnder = (form: QueryForm, prefix: string) => [...form.keys()].some((name) => name.startsWith(`${prefix}.`));

function readScalar(type: string, text: string): unknown {
  switch (type) {
    case 'integer':
    case 'long':
    case 'double':
    case 'float':
      // Left as text when it is not a number, so validation reports the type AWS could not read.
      return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'timestamp': {
      const ms = Date.parse(text);
      return Number.isNaN(ms) ? text : new Date(ms);
    }
    default:
      return text;
  }
}

function readValue(model: ServiceModel, ref: ShapeRef, form: QueryForm, name: string): unknown {
  const shape = model.shapes[ref.shape];
  if (!shape) return form.get(name);
  switch (shape.type) {
    case 'structure': {
      const out: Record<string, unknown> = {};
      for (const [member, memberRef] of Object.entries(shape.members ?? {})) {
        const field = memberRef.locationName ?? member;
        const value = readValue(model, memberRef, form, name === '' ? field : `${name}.${field}`);
        if (value !== undefined) out[member] = value;
      }
      return name === '' || Object.keys(out).length > 0 ? out : undefined;
    }
    case 'list': {
      if (!shape.member) return undefined;
      if (form.get(name) === '' && !hasUnder(form, name)) return [];
      const prefix = shape.flattened || ref.flattened ? `${name}.` : `${name}.${shape.member.locationName ?? 'member'}.`;
      const items = indicesUnder(form, prefix).map((i) => readValue(model, shape.member as ShapeRef, form, `${prefix}${i}`));
      return items.length > 0 ? items : undefined;
    }
    case 'map': {
      if (!shape.key || !shape.value) return undefined;
      const prefix = shape.flattened || ref.flattened ? `${name}.` : `${name}.entry.`;
      const out: Record<string, unknown> = {};
      for (const i of indicesUnder(form, prefix)) {
        const key = form.get(`${prefix}${i}.${shape.key.locationName ?? 'key'}`);
        if (key !== undefined) out[key] = readValue(model, shape.value, form, `${prefix}${i}.${shape.value.locationName ?? 'value'}`);
      }
      return Object.keys(out).length > 0 ? out : undefined;
    }
    default: {
      const text = form.get(name);
      return text === undefined ? undefined : readScalar(shape.type, text);
    }
  }
}

/** The operation's input from its form fields; unknown fields are ignored as AWS does. */
export function deserializeQueryInput(model: ServiceModel, operation: string, form: QueryForm): unknown {
  const input = model.operations[operation]?.input;
  return input ? readValue(model, input, form, '') : {};
}
