/**
 * SHA-256 and HMAC on WebCrypto (the platform's subtle), and the SigV4 key chain
 * "AWS4"+secret → date → region → service → aws4_request. Derived keys are cached per
 * account: the chain is four HMACs, and every SDK call would otherwise repeat it.
 */
import { toHex, utf8 } from '../../../shared/bytes.ts';
import { sha256 } from '../../../shared/sha256.ts';

const HMAC = { name: 'HMAC', hash: 'SHA-256' } as const;

/** Up to this size a payload is hashed here at once; larger ones (S3 uploads) on WebCrypto, off the main thread. */
const HASHED_INLINE = 64 * 1024;

export async function sha256Hex(subtle: SubtleCrypto, data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? utf8(data) : data;
  if (bytes.length <= HASHED_INLINE) return toHex(sha256(bytes));
  return toHex(new Uint8Array(await subtle.digest('SHA-256', bytes as BufferSource)));
}

export async function hmac(subtle: SubtleCrypto, key: Uint8Array, data: string): Promise<Uint8Array> {
  const cryptoKey = await subtle.importKey('raw', key as BufferSource, HMAC, false, ['sign']);
  return new Uint8Array(await subtle.sign('HMAC', cryptoKey, utf8(data) as BufferSource));
}

const cache = new WeakMap<SubtleCrypto, Map<string, CryptoKey>>();
const CACHE_LIMIT = 64;

/** The final signing key, imported once as a non-extractable HMAC CryptoKey. */
export async function signingKey(subtle: SubtleCrypto, secret: string, date: string, region: string, service: string): Promise<CryptoKey> {
  const perSubtle = cache.get(subtle) ?? new Map<string, CryptoKey>();
  cache.set(subtle, perSubtle);
  const id = `${secret}\n${date}\n${region}\n${service}`;
  const cached = perSubtle.get(id);
  if (cached) return cached;
  let key = utf8(`AWS4${secret}`);
  for (const part of [date, region, service, 'aws4_request']) key = await hmac(subtle, key, part);
  const cryptoKey = await subtle.importKey('raw', key as BufferSource, HMAC, false, ['sign']);
  if (perSubtle.size >= CACHE_LIMIT) perSubtle.clear();
  perSubtle.set(id, cryptoKey);
  return cryptoKey;
}

export async function signHex(subtle: SubtleCrypto, key: CryptoKey, stringToSign: string): Promise<string> {
  return toHex(new Uint8Array(await subtle.sign('HMAC', key, utf8(stringToSign) as BufferSource)));
}

export const stringToSign = (amzDate: string, scope: string, canonicalRequestHash: string): string =>
  ['AWS4-HMAC-SHA256', amzDate, scope, canonicalRequestHash].join('\n');
