/**
 * How IAM and STS word the failures the shared layers raise in awsJson terms, and the HTTP
 * status each error code is answered with. Sources: protocols.md §3 (auth codes and 403s);
 * "Request is missing Authentication Token", InvalidAction "Could not find operation X for
 * version V" and MissingAction "Missing Action" as AWS-mirroring emulators (S3Proxy's STS,
 * several SigV4 front ends) answer them — not seen verbatim from IAM itself; ExpiredToken for
 * query services from CLI output quoted in aws/aws-cli#7870, boto/boto3#1431.
 */
import { AwsError } from '../errors.ts';
import type { ServiceModel } from '../models/types.ts';

const RENAMED: Readonly<Record<string, { code: string; status: number; message?: string }>> = {
  InvalidSignatureException: { code: 'SignatureDoesNotMatch', status: 403 },
  IncompleteSignatureException: { code: 'IncompleteSignature', status: 400 },
  UnrecognizedClientException: { code: 'InvalidClientTokenId', status: 403 },
  MissingAuthenticationTokenException: { code: 'MissingAuthenticationToken', status: 403, message: 'Request is missing Authentication Token' },
  ExpiredTokenException: { code: 'ExpiredToken', status: 403 },
  ValidationException: { code: 'ValidationError', status: 400 },
  AccessDeniedException: { code: 'AccessDenied', status: 403 },
};

/** Codes whose status the models do not carry. */
const STATUS: Readonly<Record<string, number>> = { AccessDenied: 403, InternalFailure: 500, ServiceFailure: 500 };

/** The error as an awsQuery service answers it: its own code, AWS's status for that code. */
export function asQueryError(error: { code: string; message: string; httpStatus: number }, model: ServiceModel, service: string): AwsError {
  const renamed = RENAMED[error.code];
  if (renamed) return new AwsError(renamed.code, renamed.message ?? error.message, renamed.status, service);
  const modelled = Object.values(model.shapes).find((shape) => shape.exception && shape.error?.code === error.code);
  const status = modelled?.error?.httpStatusCode ?? STATUS[error.code] ?? error.httpStatus;
  return new AwsError(error.code, error.message, status, service);
}

export const missingAction = (service: string) => new AwsError('MissingAction', 'Missing Action', 400, service);
export const invalidAction = (action: string, version: string, service: string) =>
  new AwsError('InvalidAction', `Could not find operation ${action} for version ${version}`, 400, service);
