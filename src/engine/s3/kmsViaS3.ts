/**
 * S3 calling KMS on the caller's behalf: through dispatch, as the same principal, with
 * kms:ViaService s3.<region>.amazonaws.com — so key policies decide and CloudTrail records
 * the KMS call as AWS does (protocols.md §6f). KMS failures come back as S3 shows them (§6c):
 * KMS.<Code> with KMS's message, 400; a denial as S3's 403 AccessDenied.
 */
import { dispatch, type CallFailure } from '../dispatch.ts';
import type { OperationContext } from '../operation.ts';
import type { Caller, Principal } from '../principal.ts';
import { accessDenied, s3Error } from './s3Errors.ts';

export function callerOf(principal: Principal): Caller {
  // An AWS service writing for one of its resources (CloudTrail delivering a trail's logs) stays that service principal.
  if (principal.type === 'AWSService') return { kind: 'service', service: principal.principalId, ...principal.serviceSource };
  return principal.accessKeyId !== undefined ? { kind: 'accessKey', accessKeyId: principal.accessKeyId } : { kind: 'principal', arn: principal.arn };
}

function asS3Error(failure: CallFailure) {
  if (failure.code === 'AccessDeniedException') {
    // The modern message names the KMS action and the key (S3 User Guide, "Access denied message examples").
    return accessDenied(failure.message.startsWith('User: ') ? failure.message : 'Access Denied');
  }
  return s3Error(`KMS.${failure.code}`, failure.message, failure.httpStatus >= 500 ? 500 : 400);
}

export async function kmsViaS3<T>(ctx: OperationContext, action: 'kms:GenerateDataKey' | 'kms:Decrypt', input: Record<string, unknown>): Promise<T> {
  const outcome = await dispatch(ctx.account, {
    action,
    input,
    caller: callerOf(ctx.principal),
    source: { ...ctx.source, viaService: `s3.${ctx.account.facts.region}.amazonaws.com` },
  });
  if (!outcome.ok) throw asS3Error(outcome.error);
  return outcome.value as T;
}
