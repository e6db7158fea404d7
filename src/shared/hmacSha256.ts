/**
 * HMAC-SHA256 (RFC 2104) over the synchronous SHA-256 beside it. SigV4 verification signs
 * every request once; on WebCrypto that is a round trip through Node's thread pool per call,
 * which costs far more than the two short hashes done here.
 */
import { sha256 } from './sha256.ts';

const BLOCK = 64;

export function hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array {
  const block = new Uint8Array(BLOCK);
  block.set(key.length > BLOCK ? sha256(key) : key);
  const inner = new Uint8Array(BLOCK + data.length);
  const outer = new Uint8Array(BLOCK + 32);
  for (let i = 0; i < BLOCK; i++) {
    inner[i] = block[i]! ^ 0x36;
    outer[i] = block[i]! ^ 0x5c;
  }
  inner.set(data, BLOCK);
  outer.set(sha256(inner), BLOCK);
  return sha256(outer);
}
