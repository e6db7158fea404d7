import type { Clock, Ids } from '../platform.ts';

/** Reproducible v4-shaped uuids: 00000000-0000-4000-8000-000000000001, …002, … */
export function seededIds(seed = 0): Ids {
  let n = seed;
  return {
    uuid() {
      n += 1;
      const tail = n.toString(16).padStart(12, '0');
      return `00000000-0000-4000-8000-${tail}`;
    },
  };
}

/** A clock that stands still unless a test moves it. */
export function fixedClock(start = Date.UTC(2026, 0, 15, 9, 0, 0)): Clock & { set(ms: number): void } {
  let now = start;
  return { now: () => now, set: (ms) => void (now = ms) };
}
