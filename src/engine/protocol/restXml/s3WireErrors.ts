/**
 * The errors S3's front door answers before any operation runs (authentication, routing,
 * unreadable bodies), and the error XML every S3 error is written as (protocols.md §4):
 * <Error><Code/><Message/>…extra members…<RequestId/><HostId/></Error>.
 */
import { AwsError } from '../../errors.ts';
import { utf8 } from '../../../shared/bytes.ts';
import { element, escapeXml, XML_DECLARATION } from './xmlTree.ts';

const s3 = (code: string, message: string, status: number, data?: Record<string, string>) => new AwsError(code, message, status, 's3', data);

export const malformedXml = () => s3('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema', 400);
export const methodNotAllowed = (method: string, resourceType: 'SERVICE' | 'BUCKET' | 'OBJECT') =>
  s3('MethodNotAllowed', 'The specified method is not allowed against this resource.', 405, { Method: method, ResourceType: resourceType });

export const invalidAccessKeyId = (accessKeyId: string) =>
  s3('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', 403, { AWSAccessKeyId: accessKeyId });

/** The details S3 adds so a client can see which string it should have signed. */
export type SignatureDetails = { accessKeyId: string; stringToSign: string; signatureProvided: string; canonicalRequest?: string };
const spacedHex = (text: string) => Array.from(utf8(text), (b) => b.toString(16).padStart(2, '0')).join(' ');

export const signatureDoesNotMatch = (d: SignatureDetails) =>
  s3('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.', 403, {
    AWSAccessKeyId: d.accessKeyId,
    StringToSign: d.stringToSign,
    SignatureProvided: d.signatureProvided,
    StringToSignBytes: spacedHex(d.stringToSign),
    ...(d.canonicalRequest !== undefined ? { CanonicalRequest: d.canonicalRequest, CanonicalRequestBytes: spacedHex(d.canonicalRequest) } : {}),
  });

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export const requestTimeTooSkewed = (requestTime: string, serverMs: number) =>
  s3('RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.', 403, {
    RequestTime: requestTime,
    ServerTime: isoSeconds(serverMs),
    MaxAllowedSkewMilliseconds: '900000',
  });

/** Presigned URL past its expiry, on the simulated clock (protocols.md §3, §6b). */
export const requestExpired = (extra: Record<string, string>, serverMs: number) =>
  s3('AccessDenied', 'Request has expired', 403, { ...extra, ServerTime: isoSeconds(serverMs) });

export const isoTime = isoSeconds;

export const authorizationQueryParametersError = (message: string) => s3('AuthorizationQueryParametersError', message, 400);
export const V4_QUERY_PARAMETERS_REQUIRED =
  'Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.';
export const V2_QUERY_PARAMETERS_REQUIRED = 'Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters';
export const authorizationHeaderMalformed = (message: string) => s3('AuthorizationHeaderMalformed', message, 400);

export const contentSha256Mismatch = (clientHash: string, computed: string) =>
  s3('XAmzContentSHA256Mismatch', "The provided 'x-amz-content-sha256' header does not match what was computed.", 400, {
    ClientComputedContentSHA256: clientHash,
    S3ComputedContentSHA256: computed,
  });
export const badDigest = (algorithm: string) => s3('BadDigest', `The ${algorithm} you specified did not match the calculated checksum.`, 400);
export const incompleteBody = () => s3('IncompleteBody', 'The request body terminated unexpectedly', 400);

/** S3's request ids are 16 upper-case hex digits; the lab derives one from its uuid. */
export const s3RequestId = (uuid: string) => uuid.replace(/-/g, '').slice(-16).toUpperCase();
/** x-amz-id-2 / HostId: an opaque base64 token in AWS; here derived from the request id. */
export const hostIdOf = (requestId: string) => btoa(`kms-lab/${requestId}/s3`);

export function serializeS3Error(error: { code: string; message: string; data?: Readonly<Record<string, string>> }, requestId: string): Uint8Array {
  const extra = Object.entries(error.data ?? {}).map(([k, v]) => element(k, escapeXml(v))).join('');
  const inner = element('Code', escapeXml(error.code)) + element('Message', escapeXml(error.message)) + extra
    + element('RequestId', requestId) + element('HostId', hostIdOf(requestId));
  return utf8(XML_DECLARATION + element('Error', inner));
}
