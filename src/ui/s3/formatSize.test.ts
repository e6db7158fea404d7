import { expect, it } from 'vitest';
import { formatSize } from './formatSize.ts';

it('writes sizes with one decimal in binary units, as the S3 console lists objects', () => {
  expect(formatSize(0)).toBe('0.0 B');
  expect(formatSize(68)).toBe('68.0 B');
  expect(formatSize(1536)).toBe('1.5 KB');
  expect(formatSize(5 * 1024 * 1024)).toBe('5.0 MB');
});
