/**
 * Verifies a request's SigV4 signature (header or presigned query) against the account's
 * access keys, on the account's simulated clock. Checks run in the order AWS's answers
 * suggest: the claim's shape, its scope, the key, the time, then the signature itself.
 */
import type { Account } from '../../account.ts';
import { clockNearest } from './signatureClock.ts';
import type { AwsError } from '../../errors.ts';
import { findAccessKey, unrecognizedClient } from '../../iam/authenticate.ts';
import { sessionTokenProblem } from '../../iam/sessionToken.ts';
import type { WireRequest } from '../wire.ts';
import { amzDateFromHttpDate, parseAmzDate } from './amzDate.ts';
import { invalidSignature, missingAuthenticationToken, scopeDateMismatch, signatureTimeError, wrongScopeService } from './authErrors.ts';
import { canonicalRequest } from './canonicalRequest.ts';
import { ALGORITHM, parseAuthorization, type SigV4Claim } from './parseAuthorization.ts';
import { sha256Hex, signHex, signingKey, stringToSign } from './signingKey.ts';

export type VerifiedCaller = {
  readonly accessKeyId: string;
  readonly region: string;
  readonly claim: SigV4Claim;
  /** The request time the signature covers, in ms (S3 checks presigned expiry from it). */
  readonly requestTime: number;
};

export type Verification = { ok: true; caller: VerifiedCaller } | { ok: false; error: AwsError };

/**
 * How far a request's time may stray from the service's clock. KMS answers with
 * "… (… - 5 min.)" (aws/aws-sdk-js#2340, aws/aws-sdk-js-v3#6400, both KMS calls); STS and
 * DynamoDB print 15 min. (devsecops/bootcamp#101, aws/aws-sdk-js#254).
 */
const SKEW_MINUTES: Readonly<Record<string, number>> = { kms: 5 };
const DEFAULT_SKEW_MINUTES = 15;

export const skewMinutesOf = (service: string) => SKEW_MINUTES[service] ?? DEFAULT_SKEW_MINUTES;

/** The payload hash the client must have signed. Non-S3 services always hash the body. */
async function payloadHash(subtle: SubtleCrypto, request: WireRequest, claim: SigV4Claim, service: string): Promise<string> {
  if (service === 's3') {
    if (claim.presigned) return new URLSearchParams(request.rawQuery).get('X-Amz-Content-Sha256') ?? 'UNSIGNED-PAYLOAD';
    return request.headers['x-amz-content-sha256'] ?? (await sha256Hex(subtle, request.body));
  }
  return sha256Hex(subtle, request.body);
}

const fail = (error: AwsError): Verification => ({ ok: false, error });

/** `service` is the signing name the endpoint answers for ('kms', 's3', …). */
export async function verifySigV4(account: Account, request: WireRequest, service: string): Promise<Verification> {
  const parsed = parseAuthorization(request.headers, request.rawQuery, service);
  if (parsed.kind === 'none') return fail(missingAuthenticationToken(service));
  if (parsed.kind === 'error') return fail(parsed.error);
  const claim = parsed.claim.amzDate === '' ? { ...parsed.claim, amzDate: amzDateFromHttpDate(request.headers.date) } : parsed.claim;
  const algorithm = claim.presigned ? new URLSearchParams(request.rawQuery).get('X-Amz-Algorithm') : request.headers.authorization?.split(' ')[0];
  if (algorithm !== ALGORITHM) return fail(invalidSignature(service));

  if (claim.service !== service) return fail(wrongScopeService(service));
  if (claim.scopeDate !== claim.amzDate.slice(0, 8)) return fail(scopeDateMismatch(claim.scopeDate, claim.amzDate, service));

  const found = findAccessKey(account, claim.accessKeyId);
  if (!found || found.key.status !== 'Active') return fail(unrecognizedClient(service));
  const tokenProblem = sessionTokenProblem(account, found, request.headers, request.rawQuery, service);
  if (tokenProblem) return fail(tokenProblem);

  const requestTime = parseAmzDate(claim.amzDate);
  if (requestTime === undefined) return fail(invalidSignature(service));
  const now = clockNearest(account, requestTime);
  const window = skewMinutesOf(service);
  // S3 judges a presigned URL by its X-Amz-Expires instead (protocol/restXml/s3Authenticate.ts).
  const judgedByExpiry = claim.presigned && service === 's3';
  if (!judgedByExpiry && Math.abs(now - requestTime) > window * 60_000) return fail(signatureTimeError(requestTime, claim.amzDate, now, window, service));

  const subtle = account.platform.crypto.subtle;
  const canonical = canonicalRequest({
    method: request.method,
    path: request.path,
    rawQuery: request.rawQuery,
    headers: request.headers,
    signedHeaders: claim.signedHeaders,
    payloadHash: await payloadHash(subtle, request, claim, service),
    service,
    presigned: claim.presigned,
  });
  const scope = `${claim.scopeDate}/${claim.region}/${claim.service}/${claim.terminator}`;
  const key = signingKey(found.key.secretAccessKey, claim.scopeDate, claim.region, claim.service);
  const expected = signHex(key, stringToSign(claim.amzDate, scope, await sha256Hex(subtle, canonical)));
  if (expected !== claim.signature.toLowerCase() || claim.terminator !== 'aws4_request' || !claim.signedHeaders.includes('host')) {
    return fail(invalidSignature(service));
  }
  return { ok: true, caller: { accessKeyId: claim.accessKeyId, region: claim.region, claim, requestTime } };
}
