/**
 * Whether a request without an X-Amz-Target is for S3. SigV4 names its service in the
 * credential scope; S3 alone also answers SigV2 and unsigned requests, so a request with no
 * scope is S3's unless it is a query-protocol form (IAM, STS) or addressed to their hosts.
 */
import type { WireRequest } from '../wire.ts';
import { bucketFromHost } from './s3Address.ts';

const QUERY_FORM = 'application/x-www-form-urlencoded';

function scopeService(request: WireRequest): string | undefined {
  const credential = /Credential=([^,\s]+)/.exec(request.headers.authorization ?? '')?.[1]
    ?? new URLSearchParams(request.rawQuery).get('X-Amz-Credential') ?? undefined;
  return credential?.split('/')[3];
}

export function isS3Request(request: WireRequest): boolean {
  if (request.headers['x-amz-target'] !== undefined) return false;
  const scope = scopeService(request);
  if (scope !== undefined) return scope === 's3';
  const host = (request.headers.host ?? '').toLowerCase();
  if (bucketFromHost(host) !== undefined || /^s3[.-]/.test(host)) return true;
  if (/^(iam|sts)\./.test(host)) return false;
  return !(request.headers['content-type'] ?? '').startsWith(QUERY_FORM);
}
