/**
 * HTTP Range for GetObject (RFC 9110 byte ranges, one range): bytes=a-b, bytes=a-, bytes=-n.
 * A syntactically wrong header is ignored and the whole object returned, as S3 does; a range
 * that starts past the end is 416 InvalidRange.
 */
import { invalidRange } from './s3Errors.ts';

export type ByteRange = { start: number; end: number };

export function byteRange(header: string | undefined, size: number): ByteRange | undefined {
  const m = header === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  const [first, last] = [m[1] ?? '', m[2] ?? ''];
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) throw invalidRange(header ?? '', size);
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (start >= size) throw invalidRange(header ?? '', size);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  return end < start ? undefined : { start, end };
}
