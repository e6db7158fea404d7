import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CEILING, describeBundleSize, initialBundleSize } from '../bench/bundleSize.ts';

// The webServer's `npm run build` has just written dist/; no browser is needed.
// The JS ceiling is above the 350 KB budget, which is not met yet (see CEILING).
test('the first route grows no heavier than 560 KB of gzipped JS and stays within 250 KB of gzipped CSS', () => {
  const size = initialBundleSize(fileURLToPath(new URL('../dist', import.meta.url)));
  console.log(describeBundleSize(size));
  expect(size.files.some((f) => f.endsWith('.js'))).toBe(true);
  expect(size.jsBytes, describeBundleSize(size)).toBeLessThanOrEqual(CEILING.jsBytes);
  expect(size.cssBytes, describeBundleSize(size)).toBeLessThanOrEqual(CEILING.cssBytes);
});
