/**
 * What the engine needs from its host, injected the way isomorphic-git takes `fs`: the
 * browser passes the real clock and WebCrypto; tests pass a fixed clock and seeded ids so
 * key ids, ARNs and timestamps are reproducible.
 */
export interface Clock {
  /** Milliseconds since the epoch, as Date.now(). */
  now(): number;
}

export interface Ids {
  /** A random (or, in tests, seeded) RFC 4122 v4 uuid. */
  uuid(): string;
}

export type Platform = {
  clock: Clock;
  ids: Ids;
  /** WebCrypto: globalThis.crypto in browsers and in Node 20. */
  crypto: Crypto;
};

export const systemClock: Clock = { now: () => Date.now() };

export const randomIds = (crypto: Crypto): Ids => ({ uuid: () => crypto.randomUUID() });
