/** Runs one async operation back to back for a fixed time after a warm-up, and reports its rate. */
export type Rate = { readonly count: number; readonly seconds: number; readonly perSecond: number };

export async function measure(operation: () => Promise<unknown>, seconds: number, warmupSeconds: number): Promise<Rate> {
  // The warm-up lets the JIT, WebCrypto's key setup and the HTTP keep-alive pool settle first.
  const warmupEnd = performance.now() + warmupSeconds * 1000;
  while (performance.now() < warmupEnd) await operation();
  const start = performance.now();
  const end = start + seconds * 1000;
  let count = 0;
  while (performance.now() < end) {
    await operation();
    count++;
  }
  const elapsed = (performance.now() - start) / 1000;
  return { count, seconds: elapsed, perSecond: count / elapsed };
}
