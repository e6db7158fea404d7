/**
 * aws-chunked request bodies (Content-Encoding: aws-chunked), which the SDKs send for
 * streaming uploads: `hex-size[;chunk-signature=…]\r\n data \r\n … 0\r\n trailer:value\r\n \r\n`
 * (protocols.md §3). Chunk signatures are not checked: no client here sends them signed.
 */
import { concatBytes, fromUtf8, toBase64 } from '../../../shared/bytes.ts';
import { crc32 } from '../../kms/crc32.ts';
import { badDigest, incompleteBody } from './s3WireErrors.ts';

export type Dechunked = { readonly data: Uint8Array; readonly trailers: Readonly<Record<string, string>> };

function lineEnd(body: Uint8Array, from: number): number {
  for (let i = from; i + 1 < body.length; i++) if (body[i] === 13 && body[i + 1] === 10) return i;
  return -1;
}

export function decodeAwsChunked(body: Uint8Array): Dechunked {
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (;;) {
    const end = lineEnd(body, at);
    if (end < 0) throw incompleteBody();
    const size = parseInt(fromUtf8(body.subarray(at, end)).split(';')[0] ?? '', 16);
    if (!Number.isFinite(size) || size < 0) throw incompleteBody();
    at = end + 2;
    if (size === 0) break;
    if (at + size + 2 > body.length) throw incompleteBody();
    chunks.push(body.subarray(at, at + size));
    at += size + 2;
  }
  const trailers: Record<string, string> = {};
  for (const line of fromUtf8(body.subarray(at)).split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { data: concatBytes(...chunks), trailers };
}

/** base64 of the big-endian CRC-32, as x-amz-checksum-crc32 carries it. */
export function crc32Base64(data: Uint8Array): string {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, crc32(data));
  return toBase64(out);
}

/** A CRC32 trailer that does not match the data is S3's BadDigest. */
export function checkTrailers(decoded: Dechunked): void {
  const claimed = decoded.trailers['x-amz-checksum-crc32'];
  if (claimed !== undefined && claimed !== crc32Base64(decoded.data)) throw badDigest('CRC32');
}
