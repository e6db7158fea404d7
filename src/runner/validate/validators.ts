/**
 * Small validators for lab files (tldraw's validate, in miniature). Each takes the value and
 * its path and returns it typed, or throws LabValidationError whose message names the path:
 * `At tasks.2.steps.0.checks.1.alias: Expected a string`. A bad lab fails when it is loaded
 * (and in labs.test.ts), never in front of a learner.
 */
export class LabValidationError extends Error {
  constructor(readonly path: string, readonly problem: string) {
    super(path === '' ? problem : `At ${path}: ${problem}`);
    this.name = 'LabValidationError';
  }
}

export type Validator<T> = (value: unknown, path: string) => T;

const at = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);

export const str: Validator<string> = (value, path) => {
  if (typeof value !== 'string') throw new LabValidationError(path, `Expected a string, got ${describe(value)}`);
  return value;
};

export const id: Validator<string> = (value, path) => {
  const text = str(value, path);
  if (!/^[a-z][a-zA-Z0-9-]*$/.test(text)) throw new LabValidationError(path, `Expected an id (a letter, then letters, digits or '-'), got "${text}"`);
  return text;
};

export const num: Validator<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new LabValidationError(path, `Expected a number, got ${describe(value)}`);
  return value;
};

export const bool: Validator<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new LabValidationError(path, `Expected a boolean, got ${describe(value)}`);
  return value;
};

export const oneOf = <const T extends string>(...values: T[]): Validator<T> => (value, path) => {
  if (typeof value !== 'string' || !(values as string[]).includes(value)) throw new LabValidationError(path, `Expected one of ${values.map((v) => `"${v}"`).join(', ')}, got ${JSON.stringify(value)}`);
  return value as T;
};

export const arrayOf = <T>(item: Validator<T>, { min = 0 } = {}): Validator<T[]> => (value, path) => {
  if (!Array.isArray(value)) throw new LabValidationError(path, `Expected an array, got ${describe(value)}`);
  if (value.length < min) throw new LabValidationError(path, `Expected at least ${min} item${min === 1 ? '' : 's'}`);
  return value.map((entry, index) => item(entry, at(path, index)));
};

export const recordOf = <T>(entry: Validator<T>): Validator<Record<string, T>> => (value, path) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new LabValidationError(path, `Expected an object, got ${describe(value)}`);
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, entry(v, at(path, key))]));
};

type Shape = Record<string, Validator<unknown>>;
type Optional<T> = Validator<T | undefined> & { readonly optional: true };
type Out<S extends Shape> = { [K in keyof S as S[K] extends Optional<unknown> ? never : K]: ReturnType<S[K]> } & {
  [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: Exclude<ReturnType<S[K]>, undefined>;
};

export const optional = <T>(inner: Validator<T>): Optional<T> =>
  Object.assign((value: unknown, path: string) => (value === undefined ? undefined : inner(value, path)), { optional: true as const });

/** An object with exactly these fields: unknown fields are errors too (a typo is not ignored). */
export const object = <S extends Shape>(shape: S): Validator<Out<S>> => (value, path) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new LabValidationError(path, `Expected an object, got ${describe(value)}`);
  const input = value as Record<string, unknown>;
  for (const key of Object.keys(input)) if (!(key in shape)) throw new LabValidationError(at(path, key), 'Unexpected field');
  const out: Record<string, unknown> = {};
  for (const [key, validate] of Object.entries(shape)) {
    const result = validate(input[key], at(path, key));
    if (result !== undefined) out[key] = result;
  }
  return out as Out<S>;
};
