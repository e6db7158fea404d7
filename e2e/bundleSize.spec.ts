import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { BUDGET, describeBundleSize, initialBundleSize } from '../bench/bundleSize.ts';

// The webServer's `npm run build` has just written dist/; no browser is needed.
test('the first route loads at most 350 KB of gzipped JS and 250 KB of gzipped CSS before it is on screen', () => {
  const size = initialBundleSize(fileURLToPath(new URL('../dist', import.meta.url)));
  console.log(describeBundleSize(size));
  expect(size.files.some((f) => f.endsWith('.js'))).toBe(true);
  expect(size.jsBytes, describeBundleSize(size)).toBeLessThanOrEqual(BUDGET.jsBytes);
  expect(size.cssBytes, describeBundleSize(size)).toBeLessThanOrEqual(BUDGET.cssBytes);
});
