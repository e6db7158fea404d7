/** A broken invariant inside the lab itself — a bug, never a learner's mistake. */
export class InternalError extends Error {
  override name = 'InternalError';
}

export function assert(condition: unknown, message = 'assertion failed'): asserts condition {
  if (!condition) throw new InternalError(message);
}

export function assertNever(value: never): never {
  throw new InternalError(`unexpected value: ${JSON.stringify(value)}`);
}
