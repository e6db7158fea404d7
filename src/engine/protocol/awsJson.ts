/**
 * awsJson1.1 (KMS, CloudTrail) driven by the service model: request JSON → engine input
 * (base64 → Uint8Array, epoch seconds → Date) and engine output → response JSON. Type
 * mismatches are left for validate.ts, which words them the way AWS's JSON front end does.
 */
import { AwsError } from '../errors.ts';
import type { ServiceModel, ShapeRef } from '../models/types.ts';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../../shared/bytes.ts';
import { isPlainObject, START_OF_LIST } from './typeMismatch.ts';

export const JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';

/**
 * AWS answers a body it cannot read with a bare SerializationException (no message), and a
 * top-level array with "Start of list found where not expected" (reported from raw-HTTP
 * measurements of an awsJson1.1 service; see README.md in this folder).
 */
export const serializationError = (service: string, message = '') => new AwsError('SerializationException', message, 400, service);

/** Walks a parsed JSON value along its shape; unknown members are dropped and nulls mean "absent". */
function readValue(model: ServiceModel, ref: ShapeRef, value: unknown, service: string): unknown {
  const shape = model.shapes[ref.shape];
  if (!shape) return value;
  switch (shape.type) {
    case 'structure': {
      if (!isPlainObject(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        if (value[name] === null || value[name] === undefined) continue;
        out[name] = readValue(model, member, value[name], service);
      }
      return out;
    }
    case 'list':
      return Array.isArray(value) && shape.member ? value.filter((v) => v !== null).map((v) => readValue(model, shape.member as ShapeRef, v, service)) : value;
    case 'map': {
      if (!isPlainObject(value) || !shape.value) return value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = readValue(model, shape.value, v, service);
      return out;
    }
    case 'blob': {
      if (typeof value !== 'string') return value;
      const bytes = fromBase64(value);
      if (!bytes) throw serializationError(service);
      return bytes;
    }
    case 'timestamp':
      return typeof value === 'number' ? new Date(value * 1000) : value;
    case 'integer':
    case 'long':
      // AWS truncates a fractional number sent for an integer member rather than rejecting it.
      return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : value;
    default:
      return value;
  }
}

export function deserializeJsonInput(model: ServiceModel, operation: string, body: Uint8Array, service: string): unknown {
  let parsed: unknown;
  try {
    parsed = body.length === 0 ? {} : JSON.parse(fromUtf8(body));
  } catch {
    throw serializationError(service);
  }
  if (Array.isArray(parsed)) throw serializationError(service, START_OF_LIST);
  if (!isPlainObject(parsed)) throw serializationError(service);
  const input = model.operations[operation]?.input;
  return input ? readValue(model, input, parsed, service) : {};
}

function writeValue(model: ServiceModel, ref: ShapeRef, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  const shape = model.shapes[ref.shape];
  if (value instanceof Uint8Array) return toBase64(value);
  // Epoch seconds, fractional when the time has milliseconds; the SDKs parse both.
  if (value instanceof Date) return value.getTime() / 1000;
  if (!shape) return value;
  if (shape.type === 'structure' && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [name, member] of Object.entries(shape.members ?? {})) {
      const written = writeValue(model, member, value[name]);
      if (written !== undefined) out[name] = written;
    }
    return out;
  }
  if (shape.type === 'list' && Array.isArray(value) && shape.member) return value.map((v) => writeValue(model, shape.member as ShapeRef, v));
  if (shape.type === 'map' && isPlainObject(value) && shape.value) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, writeValue(model, shape.value as ShapeRef, v)]));
  }
  return value;
}

export function serializeJsonOutput(model: ServiceModel, operation: string, output: unknown): Uint8Array {
  const ref = model.operations[operation]?.output;
  const json = ref ? writeValue(model, ref, output) : {};
  return utf8(JSON.stringify(json ?? {}));
}

/** The error body every SDK turns into a typed exception (protocols.md §4). */
export function serializeJsonError(code: string, message: string): Uint8Array {
  // AWS sends no message at all for some errors (UnknownOperationException, SerializationException).
  return utf8(JSON.stringify(message === '' ? { __type: code } : { __type: code, message }));
}
