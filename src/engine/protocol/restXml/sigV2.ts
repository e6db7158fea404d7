/**
 * Signature Version 2 for S3 (S3 API reference, "Signing and authenticating REST requests"):
 * header `Authorization: AWS AKID:signature` or query AWSAccessKeyId/Expires/Signature, the
 * latter what `aws s3 presign` and boto3 make by default in us-east-1 (protocols.md §5).
 * Signature = base64(HMAC-SHA1(secret, METHOD\nContent-MD5\nContent-Type\nDate|Expires\n
 * x-amz-headers resource)).
 */
import { toBase64, utf8 } from '../../../shared/bytes.ts';
import { parseRawQuery } from '../sigv4/canonicalRequest.ts';

/** The sub-resources SigV2 signs, as botocore's HmacV1 signer lists them. */
const SIGNED_SUBRESOURCES = new Set([
  'accelerate', 'acl', 'cors', 'defaultObjectAcl', 'location', 'logging', 'partNumber', 'policy', 'requestPayment', 'torrent',
  'versioning', 'versionId', 'versions', 'website', 'uploads', 'uploadId', 'response-content-type', 'response-content-language',
  'response-expires', 'response-cache-control', 'response-content-disposition', 'response-content-encoding', 'delete', 'lifecycle',
  'tagging', 'restore', 'storageClass', 'notification', 'replication', 'analytics', 'metrics', 'inventory', 'select', 'select-type',
  'object-lock',
]);

export type SigV2Parts = {
  readonly method: string;
  readonly rawPath: string;
  readonly rawQuery: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The bucket when it came from the Host header: it is signed as the first path segment. */
  readonly hostBucket?: string;
  /** Expires for query auth; otherwise the Date header (empty when x-amz-date is sent). */
  readonly dateLine: string;
};

function canonicalResource(parts: SigV2Parts): string {
  const path = parts.hostBucket !== undefined ? `/${parts.hostBucket}${parts.rawPath || '/'}` : parts.rawPath || '/';
  const subresources = parseRawQuery(parts.rawQuery)
    .filter(([k]) => SIGNED_SUBRESOURCES.has(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => (v === '' ? k : `${k}=${v}`));
  return subresources.length > 0 ? `${path}?${subresources.join('&')}` : path;
}

export function sigV2StringToSign(parts: SigV2Parts): string {
  const h = parts.headers;
  const amzHeaders = Object.keys(h).filter((k) => k.startsWith('x-amz-')).sort()
    .map((k) => `${k}:${(h[k] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  return [parts.method.toUpperCase(), h['content-md5'] ?? '', h['content-type'] ?? '', parts.dateLine].join('\n') + '\n' + amzHeaders + canonicalResource(parts);
}

export async function sigV2Signature(subtle: SubtleCrypto, secret: string, stringToSign: string): Promise<string> {
  const key = await subtle.importKey('raw', utf8(secret) as BufferSource, { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  return toBase64(new Uint8Array(await subtle.sign('HMAC', key, utf8(stringToSign) as BufferSource)));
}
