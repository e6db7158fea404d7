import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64, toBase64 } from './bytes.ts';

describe('base64', () => {
  it('encodes exactly as the platform does, for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }), { numRuns: 300 });
  });

  it('refuses text that is not base64', () => {
    for (const text of ['abc!', 'a', '====', 'ab=c']) expect(fromBase64(text)).toBeUndefined();
  });
});
