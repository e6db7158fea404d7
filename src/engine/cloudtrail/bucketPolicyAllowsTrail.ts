/**
 * CreateTrail's check of the bucket policy (InsufficientS3BucketPolicyException): the policy
 * must let CloudTrail, acting for this trail, read the bucket's ACL and write log files under
 * [prefix/]AWSLogs/<account>/ with bucket-owner-full-control. Judged by the same S3
 * authorization that decides the real writes (iam/authorizeS3.ts).
 */
import type { OperationContext } from '../operation.ts';
import { evaluateS3Check } from '../iam/authorizeS3.ts';
import { cloudTrailContext } from './cloudTrailCaller.ts';

export function bucketPolicyAllowsTrail(ctx: OperationContext, trailArn: string, bucket: string, prefix: string | undefined): boolean {
  const asCloudTrail = cloudTrailContext(ctx.account, trailArn, ctx.requestId);
  const key = `${prefix ? `${prefix}/` : ''}AWSLogs/${ctx.account.facts.accountId}/CloudTrail/`;
  const checks = [
    { check: { action: 's3:GetBucketAcl', bucket }, input: {} },
    { check: { action: 's3:PutObject', bucket, key, carriesHeaders: true }, input: { ACL: 'bucket-owner-full-control' } },
  ];
  return checks.every(({ check, input }) => evaluateS3Check(asCloudTrail, check, input)?.decision === 'Allow');
}
