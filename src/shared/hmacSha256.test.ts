import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex, utf8 } from './bytes.ts';
import { hmacSha256 } from './hmacSha256.ts';

async function webCryptoHmac(key: Uint8Array, data: Uint8Array): Promise<string> {
  const imported = await crypto.subtle.importKey('raw', key as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', imported, data as BufferSource)));
}

describe('hmacSha256', () => {
  it('gives RFC 4231 test case 2 ("Jefe")', () => {
    expect(toHex(hmacSha256(utf8('Jefe'), utf8('what do ya want for nothing?')))).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('agrees with WebCrypto for any non-empty key (longer than a block included; WebCrypto refuses an empty one) and any message', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 150 }), fc.uint8Array({ maxLength: 300 }), async (key, data) => {
      expect(toHex(hmacSha256(key, data))).toBe(await webCryptoHmac(key, data));
    }), { numRuns: 300 });
  });
});
