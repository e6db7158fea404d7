import { describe, expect, it } from 'vitest';
import { humanReadableSize, prefixLine, summaryText } from './formatListing.ts';

describe('the text aws s3 ls prints', () => {
  it('gives sizes in the CLI\'s human-readable units', () => {
    expect([1, 512, 1024, 1536, 5 * 1024 ** 2, 3 * 1024 ** 3].map(humanReadableSize)).toEqual(['1 Byte', '512 Bytes', '1.0 KiB', '1.5 KiB', '5.0 MiB', '3.0 GiB']);
  });

  it('right-aligns PRE in thirty columns and the summary labels in fifteen', () => {
    expect(prefixLine('photos/2026/')).toBe('                           PRE 2026/\n');
    expect(summaryText(2, 2048, true)).toBe('\nTotal Objects: 2\n   Total Size: 2.0 KiB\n');
  });
});
