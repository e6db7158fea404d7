/**
 * Identifiers the way IAM and STS shape them, drawn from the platform's (seeded in tests)
 * uuids: unique ids AIDA…/AROA…/AGPA…/ANPA… (21 characters), access key ids AKIA…/ASIA…
 * (20), secrets (40), session tokens. Unique ids and key ids use IAM's base32 alphabet.
 */
import type { Ids } from '../platform.ts';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` characters of `alphabet` from enough uuids; the low digits vary first, so seeded uuids stay distinct. */
function draw(ids: Ids, alphabet: string, length: number): string {
  const base = BigInt(alphabet.length);
  let out = '';
  while (out.length < length) {
    let n = BigInt(`0x${ids.uuid().replace(/-/g, '')}`);
    for (let i = 0; i < 20 && out.length < length; i++) {
      out = alphabet[Number(n % base)] + out;
      n /= base;
    }
  }
  return out;
}

export type UniqueIdPrefix = 'AIDA' | 'AROA' | 'AGPA' | 'ANPA';

export const iamId = (ids: Ids, prefix: UniqueIdPrefix) => prefix + draw(ids, BASE32, 17);
export const accessKeyIdOf = (ids: Ids, prefix: 'AKIA' | 'ASIA') => prefix + draw(ids, BASE32, 16);
export const secretAccessKeyOf = (ids: Ids) => draw(ids, BASE64, 40);
/** Real session tokens are opaque base64 of several hundred characters; the lab keeps the look. */
export const sessionTokenOf = (ids: Ids) => `IQoJb3JpZ2luX2Vj${draw(ids, BASE64, 340)}`;
/** The Builder Lab role's suffix: six letters and digits. */
export const learnerSuffix = (ids: Ids) => draw(ids, ALPHANUMERIC, 6);
