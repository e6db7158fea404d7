/**
 * CloudTrail acting for one trail: the cloudtrail.amazonaws.com service principal with the
 * trail as aws:SourceArn and its account as aws:SourceAccount, which the documented bucket and
 * key policies test. Its requests show CloudTrail's own address and agent, as AWS logs them.
 */
import type { Account } from '../account.ts';
import type { CallSource, OperationContext } from '../operation.ts';
import type { Caller } from '../principal.ts';
import { authenticate } from '../iam/authenticate.ts';
import { nowOf } from '../account.ts';
import { CLOUDTRAIL_SERVICE } from './cloudTrailPolicies.ts';

export const cloudTrailCaller = (account: Account, trailArn: string): Caller =>
  ({ kind: 'service', service: CLOUDTRAIL_SERVICE, sourceArn: trailArn, sourceAccount: account.facts.accountId });

export const CLOUDTRAIL_SOURCE: CallSource = { sourceIp: CLOUDTRAIL_SERVICE, userAgent: CLOUDTRAIL_SERVICE, secureTransport: true, signatureVersion: 'SigV4' };

/** An operation context for asking "would S3 let CloudTrail do this?" without making the call. */
export function cloudTrailContext(account: Account, trailArn: string, requestId: string): OperationContext {
  return { account, principal: authenticate(account, cloudTrailCaller(account, trailArn), 'cloudtrail'), now: nowOf(account), requestId, source: CLOUDTRAIL_SOURCE };
}
