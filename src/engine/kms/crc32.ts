/**
 * CRC-32 (IEEE 802.3), used as the ciphertext blob's header check: it catches every single-bit
 * error, so a corrupted key id reads as a bad blob rather than as a key that does not exist.
 * It is not a security measure; the header is authenticated as AES-GCM AAD for that.
 */
const TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
