/**
 * SHA-256 and HMAC for SigV4, and its key chain "AWS4"+secret → date → region → service →
 * aws4_request. Derived keys are cached: the chain is four HMACs, and every SDK call would
 * otherwise repeat it.
 */
import { toHex, utf8 } from '../../../shared/bytes.ts';
import { hmacSha256 } from '../../../shared/hmacSha256.ts';
import { sha256 } from '../../../shared/sha256.ts';

/** Up to this size a payload is hashed here at once; larger ones (S3 uploads) on WebCrypto, off the main thread. */
const HASHED_INLINE = 64 * 1024;

export async function sha256Hex(subtle: SubtleCrypto, data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? utf8(data) : data;
  if (bytes.length <= HASHED_INLINE) return toHex(sha256(bytes));
  return toHex(new Uint8Array(await subtle.digest('SHA-256', bytes as BufferSource)));
}

const cache = new Map<string, Uint8Array>();
const CACHE_LIMIT = 64;

/**
 * The final signing key. It is derived from a secret the account already holds in the clear,
 * so it is kept as bytes and used with the synchronous HMAC: no thread-pool round trip per call.
 */
export function signingKey(secret: string, date: string, region: string, service: string): Uint8Array {
  const id = `${secret}\n${date}\n${region}\n${service}`;
  const cached = cache.get(id);
  if (cached) return cached;
  let key = utf8(`AWS4${secret}`);
  for (const part of [date, region, service, 'aws4_request']) key = hmacSha256(key, utf8(part));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(id, key);
  return key;
}

export const signHex = (key: Uint8Array, stringToSign: string): string => toHex(hmacSha256(key, utf8(stringToSign)));

export const stringToSign = (amzDate: string, scope: string, canonicalRequestHash: string): string =>
  ['AWS4-HMAC-SHA256', amzDate, scope, canonicalRequestHash].join('\n');
