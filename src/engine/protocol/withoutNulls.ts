/**
 * AWS treats a member sent as null as a member not sent, and validation already does
 * (validate.ts); handlers then see the same thing: null members of structures and null items
 * of lists are left out. The input is returned as it is, with nothing copied, when it holds
 * no null — the usual case on every call.
 */
const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

function hasNull(value: unknown): boolean {
  if (Array.isArray(value)) return value.some((item) => item === null || hasNull(item));
  if (!isPlainObject(value)) return false;
  for (const key in value) {
    const member = value[key];
    if (member === null || hasNull(member)) return true;
  }
  return false;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== null).map(strip);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (value[key] !== null) out[key] = strip(value[key]);
  return out;
}

export const withoutNulls = <T>(input: T): T => (hasNull(input) ? (strip(input) as T) : input);
