/**
 * The authentication failures a JSON-protocol service answers with, in AWS's words.
 * Sources (see src/engine/protocol/README.md): protocols.md §3, public issue threads that
 * quote the service's body verbatim.
 */
import { AwsError } from '../../errors.ts';
import { formatAmzDate } from './amzDate.ts';

export const missingAuthenticationToken = (service: string) =>
  new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token', 400, service);

export const invalidSignature = (service: string) =>
  new AwsError(
    'InvalidSignatureException',
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    400,
    service,
  );

/** Note the trailing space: AWS's message has it (aws/aws-sdk-ruby#431, smithy4s#1568). */
export const wrongScopeService = (service: string) =>
  new AwsError('InvalidSignatureException', `Credential should be scoped to correct service: '${service}'. `, 400, service);

export const scopeDateMismatch = (scopeDate: string, amzDate: string, service: string) =>
  new AwsError(
    'InvalidSignatureException',
    `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    400,
    service,
  );

/** `Signature expired: <t> is now earlier than <now-w> (<now> - 5 min.)` and its future twin. */
export function signatureTimeError(requestMs: number, amzDate: string, nowMs: number, windowMinutes: number, service: string): AwsError {
  const windowMs = windowMinutes * 60_000;
  const message = requestMs < nowMs
    ? `Signature expired: ${amzDate} is now earlier than ${formatAmzDate(nowMs - windowMs)} (${formatAmzDate(nowMs)} - ${windowMinutes} min.)`
    : `Signature not yet current: ${amzDate} is still later than ${formatAmzDate(nowMs + windowMs)} (${formatAmzDate(nowMs)} + ${windowMinutes} min.)`;
  return new AwsError('InvalidSignatureException', message, 400, service);
}
