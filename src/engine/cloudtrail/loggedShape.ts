/**
 * How CloudTrail writes an API request or response, driven by the service model: member names
 * in lowerCamel (AWS lower-cases only the first letter, hence "aWSAccountId"), map keys such as
 * an encryption context kept as given, timestamps in the Java date style AWS logs, and never a
 * blob or a member the model marks sensitive — no plaintext, ciphertext or key material.
 */
import type { Shape, ServiceModel, ShapeRef } from '../models/types.ts';

export const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

// Every call is logged: each structure's members, with their logged names, are listed once.
const membersOf = new WeakMap<Shape, readonly (readonly [name: string, logged: string, ref: ShapeRef])[]>();

function loggedMembersOf(shape: Shape) {
  let members = membersOf.get(shape);
  if (!members) membersOf.set(shape, (members = Object.entries(shape.members ?? {}).map(([name, ref]) => [name, lowerFirst(name), ref] as const)));
  return members;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Aug 10, 2022, 10:38:27 PM" (UTC): the form dates take inside requestParameters and responseElements. */
export function formatLoggedDate(ms: number): string {
  const d = new Date(ms);
  const hours = d.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${hours % 12 === 0 ? 12 : hours % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${hours < 12 ? 'AM' : 'PM'}`;
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${time}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array) && !(v instanceof Date);

/** undefined means "leave the member out". */
export function toLogged(model: ServiceModel, ref: ShapeRef, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  const shape = model.shapes[ref.shape];
  if (!shape) return value instanceof Uint8Array ? undefined : value;
  if (shape.sensitive || shape.type === 'blob' || value instanceof Uint8Array) return undefined;
  if (value instanceof Date) return formatLoggedDate(value.getTime());
  switch (shape.type) {
    case 'structure': {
      if (!isObject(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [name, loggedName, member] of loggedMembersOf(shape)) {
        const logged = toLogged(model, member, value[name]);
        if (logged !== undefined) out[loggedName] = logged;
      }
      return out;
    }
    case 'list':
      return Array.isArray(value) && shape.member ? value.map((v) => toLogged(model, shape.member as ShapeRef, v)).filter((v) => v !== undefined) : value;
    case 'map': {
      if (!isObject(value) || !shape.value) return value;
      const valueRef = shape.value;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toLogged(model, valueRef, v)]));
    }
    case 'timestamp':
      return typeof value === 'number' ? formatLoggedDate(value * 1000) : value;
    default:
      return value;
  }
}

/** An operation's input or output as CloudTrail logs it; null when nothing is left to log. */
export function loggedMembers(model: ServiceModel, ref: ShapeRef | undefined, value: unknown): Record<string, unknown> | null {
  if (!ref) return null;
  const logged = toLogged(model, ref, value);
  return isObject(logged) && Object.keys(logged).length > 0 ? logged : null;
}
