/** S3 requests signed with Signature Version 2, by header or by presigned query (sigV2.ts). */
import { nowOf, type Account } from '../../account.ts';
import { clockNearest } from '../sigv4/signatureClock.ts';
import { findAccessKey } from '../../iam/authenticate.ts';
import type { WireRequest } from '../wire.ts';
import type { S3Authentication } from './s3Authenticate.ts';
import { sigV2Signature, sigV2StringToSign } from './sigV2.ts';
import {
  invalidAccessKeyId, isoTime, requestExpired, requestTimeTooSkewed, signatureDoesNotMatch, V2_QUERY_PARAMETERS_REQUIRED,
} from './s3WireErrors.ts';
import { accessDenied } from '../../s3/s3Errors.ts';

const SKEW_MS = 15 * 60_000;

export async function authenticateSigV2(account: Account, request: WireRequest, query: Map<string, string>, hostBucket: string | undefined): Promise<S3Authentication> {
  const header = request.headers.authorization;
  const presigned = header === undefined;
  let accessKeyId: string;
  let signature: string;
  if (presigned) {
    const [id, sig, expires] = [query.get('AWSAccessKeyId'), query.get('Signature'), query.get('Expires')];
    if (id === undefined || sig === undefined || expires === undefined) throw accessDenied(V2_QUERY_PARAMETERS_REQUIRED);
    [accessKeyId, signature] = [id, sig];
  } else {
    const credentials = header.slice('AWS '.length);
    const colon = credentials.lastIndexOf(':');
    [accessKeyId, signature] = [credentials.slice(0, colon), credentials.slice(colon + 1)];
  }
  const found = findAccessKey(account, accessKeyId);
  if (!found || found.key.status !== 'Active') throw invalidAccessKeyId(accessKeyId);
  const dateLine = presigned ? (query.get('Expires') ?? '') : request.headers['x-amz-date'] !== undefined ? '' : (request.headers.date ?? '');
  const stringToSign = sigV2StringToSign({ method: request.method, rawPath: request.path, rawQuery: request.rawQuery, headers: request.headers, dateLine, ...(hostBucket !== undefined ? { hostBucket } : {}) });
  const expected = await sigV2Signature(account.platform.crypto.subtle, found.key.secretAccessKey, stringToSign);
  if (expected !== signature) throw signatureDoesNotMatch({ accessKeyId, stringToSign, signatureProvided: signature });
  const now = nowOf(account);
  if (presigned) {
    const expiresMs = Number(query.get('Expires')) * 1000;
    if (!(now <= expiresMs)) throw requestExpired({ Expires: isoTime(expiresMs) }, now);
  } else {
    const sent = Date.parse(request.headers['x-amz-date'] ?? request.headers.date ?? '');
    // Real clients sign with host time even after the learner fast-forwards (sigv4/signatureClock.ts).
    if (Number.isNaN(sent) || Math.abs(clockNearest(account, sent) - sent) > SKEW_MS) throw requestTimeTooSkewed(request.headers['x-amz-date'] ?? request.headers.date ?? '', now);
  }
  return { caller: { kind: 'accessKey', accessKeyId }, signatureVersion: 'SigV2', body: request.body };
}
