/**
 * Who an S3 request is from, in S3's own terms: SigV4 (header or presigned query), SigV2
 * (header or query), or nobody — S3 serves anonymous requests and lets authorization decide.
 * Failures are S3's 403/400 errors (protocols.md §3, §6b), and the body comes back as the
 * bytes the client meant: aws-chunked bodies are de-chunked and their CRC32 trailer checked.
 */
import { nowOf, type Account } from '../../account.ts';
import type { AwsError } from '../../errors.ts';
import type { Caller } from '../../principal.ts';
import { canonicalRequest, parseRawQuery } from '../sigv4/canonicalRequest.ts';
import { sha256Hex, stringToSign } from '../sigv4/signingKey.ts';
import { verifySigV4 } from '../sigv4/verifySigV4.ts';
import type { WireRequest } from '../wire.ts';
import { checkTrailers, decodeAwsChunked } from './awsChunked.ts';
import { authenticateSigV2 } from './s3SigV2Auth.ts';
import {
  authorizationHeaderMalformed, authorizationQueryParametersError, contentSha256Mismatch, invalidAccessKeyId, isoTime, requestExpired,
  requestTimeTooSkewed, signatureDoesNotMatch, V4_QUERY_PARAMETERS_REQUIRED,
} from './s3WireErrors.ts';

export type S3Authentication = {
  readonly caller: Caller;
  readonly signatureVersion?: 'SigV2' | 'SigV4';
  /** The payload as the client meant it (de-chunked). */
  readonly body: Uint8Array;
};

const WEEK_SECONDS = 604_800;
const V4_QUERY = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-Date', 'X-Amz-SignedHeaders', 'X-Amz-Expires'];

/** The string S3 says it expected, so SignatureDoesNotMatch can show it (as AWS does). */
async function mismatchDetails(account: Account, request: WireRequest, query: Map<string, string>, presigned: boolean) {
  const auth = request.headers.authorization ?? '';
  const field = (name: string) => new RegExp(`${name}=([^,\\s]+)`).exec(auth)?.[1];
  const credential = (presigned ? query.get('X-Amz-Credential') : field('Credential')) ?? '';
  const signedHeaders = ((presigned ? query.get('X-Amz-SignedHeaders') : field('SignedHeaders')) ?? '').split(';').filter(Boolean);
  const amzDate = (presigned ? query.get('X-Amz-Date') : request.headers['x-amz-date']) ?? '';
  const subtle = account.platform.crypto.subtle;
  const payloadHash = presigned ? (query.get('X-Amz-Content-Sha256') ?? 'UNSIGNED-PAYLOAD') : (request.headers['x-amz-content-sha256'] ?? (await sha256Hex(subtle, request.body)));
  const canonical = canonicalRequest({ method: request.method, path: request.path, rawQuery: request.rawQuery, headers: request.headers, signedHeaders, payloadHash, service: 's3', presigned });
  const scope = credential.split('/').slice(1).join('/');
  return {
    accessKeyId: credential.split('/')[0] ?? '',
    stringToSign: stringToSign(amzDate, scope, await sha256Hex(subtle, canonical)),
    signatureProvided: (presigned ? query.get('X-Amz-Signature') : field('Signature')) ?? '',
    canonicalRequest: canonical,
  };
}

function s3AuthError(error: AwsError, accessKeyId: string, amzDate: string, now: number): AwsError | undefined {
  if (error.code === 'UnrecognizedClientException') return invalidAccessKeyId(accessKeyId);
  if (error.code === 'IncompleteSignatureException') return authorizationHeaderMalformed(`The authorization header is malformed; ${error.message}`);
  if (/^Signature (expired|not yet current)/.test(error.message)) return requestTimeTooSkewed(amzDate, now);
  return undefined;
}

/** The body of a header-signed request, checked against what its x-amz-content-sha256 claims. */
async function signedBody(account: Account, request: WireRequest): Promise<Uint8Array> {
  const claimed = request.headers['x-amz-content-sha256'] ?? '';
  if (claimed.startsWith('STREAMING-') || (request.headers['content-encoding'] ?? '').includes('aws-chunked')) {
    const decoded = decodeAwsChunked(request.body);
    checkTrailers(decoded);
    return decoded.data;
  }
  if (/^[0-9a-fA-F]{64}$/.test(claimed)) {
    const computed = await sha256Hex(account.platform.crypto.subtle, request.body);
    if (computed !== claimed.toLowerCase()) throw contentSha256Mismatch(claimed, computed);
  }
  return request.body;
}

async function authenticateSigV4(account: Account, request: WireRequest, query: Map<string, string>, presigned: boolean): Promise<S3Authentication> {
  if (presigned) {
    if (V4_QUERY.some((name) => !query.has(name))) throw authorizationQueryParametersError(V4_QUERY_PARAMETERS_REQUIRED);
    if (Number(query.get('X-Amz-Expires')) > WEEK_SECONDS) throw authorizationQueryParametersError('X-Amz-Expires must be less than a week (in seconds) that is 604800');
  }
  const now = nowOf(account);
  const verified = await verifySigV4(account, request, 's3');
  if (!verified.ok) {
    const details = await mismatchDetails(account, request, query, presigned);
    const amzDate = (presigned ? query.get('X-Amz-Date') : request.headers['x-amz-date']) ?? '';
    throw s3AuthError(verified.error, details.accessKeyId, amzDate, now) ?? signatureDoesNotMatch(details);
  }
  if (presigned) {
    const expiresSeconds = Number(query.get('X-Amz-Expires'));
    const expiresAt = verified.caller.requestTime + expiresSeconds * 1000;
    if (now > expiresAt) throw requestExpired({ 'X-Amz-Expires': String(expiresSeconds), Expires: isoTime(expiresAt) }, now);
  }
  const body = presigned ? request.body : await signedBody(account, request);
  return { caller: { kind: 'accessKey', accessKeyId: verified.caller.accessKeyId }, signatureVersion: 'SigV4', body };
}

export async function authenticateS3(account: Account, request: WireRequest, hostBucket: string | undefined): Promise<S3Authentication> {
  const query = new Map(parseRawQuery(request.rawQuery));
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('AWS4-')) return authenticateSigV4(account, request, query, false);
  if (authorization === undefined && (query.has('X-Amz-Algorithm') || query.has('X-Amz-Credential') || query.has('X-Amz-Signature'))) {
    return authenticateSigV4(account, request, query, true);
  }
  if (authorization?.startsWith('AWS ') || query.has('AWSAccessKeyId') || query.has('Signature')) {
    return authenticateSigV2(account, request, query, hostBucket);
  }
  // No credentials at all: S3 answers anonymous requests; authorization decides (§3 table).
  return { caller: { kind: 'anonymous' }, body: request.body };
}
