/**
 * When the endpoint writes its --state file. A change is saved at once when the last save is
 * long enough ago (so an isolated call is on disk before its answer goes out); changes that
 * follow within the gap are saved together when it ends. The gap grows with what a save costs
 * (ten times the last save), so a large account — 100,000 CloudTrail events take seconds to
 * write — never spends more than about a tenth of its time saving. Stopping flushes.
 */
export type SaveThrottle = { readonly changed: () => void; readonly flush: () => void };

export function saveThrottle(save: () => void, minGapMs = 1000): SaveThrottle {
  let lastEnd = -Infinity;
  let lastCost = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    clearTimeout(timer);
    timer = undefined;
    const start = performance.now();
    save();
    lastEnd = performance.now();
    lastCost = lastEnd - start;
  };
  return {
    changed() {
      if (timer) return;
      const wait = lastEnd + Math.max(minGapMs, 10 * lastCost) - performance.now();
      if (wait <= 0) run();
      else timer = setTimeout(run, wait);
    },
    flush() {
      if (timer) run();
    },
  };
}
