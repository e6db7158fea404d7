import { expect, it } from 'vitest';
import { saveThrottle } from './saveThrottle.ts';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

it('saves the first change at once and a burst of later changes once, when the gap is over', async () => {
  let saves = 0;
  const throttle = saveThrottle(() => void saves++, 40);
  throttle.changed();
  expect(saves).toBe(1);
  for (let i = 0; i < 20; i++) throttle.changed();
  expect(saves).toBe(1);
  await sleep(80);
  expect(saves).toBe(2);
  // Long after the last save, a change is written before the caller goes on.
  await sleep(60);
  throttle.changed();
  expect(saves).toBe(3);
});

it('writes a waiting change when flushed (the endpoint stopping), and nothing when none waits', () => {
  let saves = 0;
  const throttle = saveThrottle(() => void saves++, 60_000);
  throttle.flush();
  expect(saves).toBe(0);
  throttle.changed();
  throttle.changed();
  expect(saves).toBe(1);
  throttle.flush();
  expect(saves).toBe(2);
  throttle.flush();
  expect(saves).toBe(2);
});

it('waits longer between saves when a save is slow', async () => {
  const ends: number[] = [];
  const slowSave = () => {
    const until = performance.now() + 10;
    while (performance.now() < until);
    ends.push(performance.now());
  };
  const throttle = saveThrottle(slowSave, 1);
  throttle.changed();
  throttle.changed();
  while (ends.length < 2) await sleep(10);
  // 10 ms of saving buys at least 100 ms of quiet (a lower bound: timers never fire early).
  expect(ends[1]! - 10 - ends[0]!).toBeGreaterThanOrEqual(99);
});
