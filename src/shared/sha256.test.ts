import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256 } from './sha256.ts';
import { toHex, utf8 } from './bytes.ts';

describe('sha256', () => {
  it('gives the FIPS 180-4 digests of "abc" and the empty message', () => {
    expect(toHex(sha256(utf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(toHex(sha256(new Uint8Array()))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it("agrees with WebCrypto's digest for any bytes, across block boundaries", async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (data) => {
      const expected = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data as BufferSource));
      expect(toHex(sha256(data))).toBe(toHex(expected));
    }), { numRuns: 300 });
  });
});
