/**
 * The s3:* condition keys a request carries (Service Authorization Reference, "Condition keys
 * for Amazon S3"): the headers that set an ACL or encryption on a write, the listing's prefix,
 * delimiter and max-keys, the signature version, and the bucket owner's account. A header the
 * request does not send is absent, so `Null` and `…IfExists` conditions behave as in AWS.
 */
import type { OperationContext } from '../operation.ts';
import type { ContextValue } from '../policy/requestContext.ts';
import type { S3Check } from './s3Checks.ts';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** AWS4-HMAC-SHA256 for SigV4, AWS for SigV2; console calls are SigV4 under the hood. */
function signatureVersionOf(ctx: OperationContext): string | undefined {
  if (ctx.principal.type === 'Anonymous') return undefined;
  return ctx.source.signatureVersion === 'SigV2' ? 'AWS' : 'AWS4-HMAC-SHA256';
}

export function s3ContextKeys(ctx: OperationContext, check: S3Check, input: Readonly<Record<string, unknown>>): Record<string, ContextValue | undefined> {
  const headers = check.carriesHeaders === true;
  const listing = check.action === 's3:ListBucket' && headers;
  return {
    's3:ResourceAccount': check.bucket === undefined ? undefined : ctx.account.facts.accountId,
    's3:signatureversion': signatureVersionOf(ctx),
    's3:x-amz-acl': headers ? text(input.ACL) : undefined,
    's3:x-amz-server-side-encryption': headers ? text(input.ServerSideEncryption) : undefined,
    's3:x-amz-server-side-encryption-aws-kms-key-id': headers ? text(input.SSEKMSKeyId) : undefined,
    's3:x-amz-copy-source': headers ? text(input.CopySource) : undefined,
    's3:prefix': listing ? text(input.Prefix) : undefined,
    's3:delimiter': listing ? text(input.Delimiter) : undefined,
    's3:max-keys': listing && typeof input.MaxKeys === 'number' ? String(input.MaxKeys) : undefined,
  };
}
