/**
 * ETags as S3 computes them: the MD5 of the object for SSE-S3 (and unencrypted) single-part
 * uploads; something that is not the MD5 of the data for SSE-KMS (here the MD5 of the stored
 * ciphertext); and for multipart uploads the MD5 of the parts' binary MD5s, then "-N".
 */
import { concatBytes, fromBase64, toHex } from '../../shared/bytes.ts';
import { md5 } from './md5.ts';

export const quoted = (hex: string) => `"${hex}"`;

export function etagOf(plaintext: Uint8Array, algorithm: 'AES256' | 'aws:kms', sealed: string): string {
  return quoted(toHex(md5(algorithm === 'AES256' ? plaintext : (fromBase64(sealed) ?? plaintext))));
}

export function multipartEtag(partEtags: readonly string[]): string {
  const digests = partEtags.map((etag) => {
    const hex = etag.replace(/"/g, '');
    return Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
  });
  return quoted(`${toHex(md5(concatBytes(...digests)))}-${partEtags.length}`);
}
