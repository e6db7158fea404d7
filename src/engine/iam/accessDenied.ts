/**
 * AWS's AccessDenied wording for a denied call, in the service's own error code. The current
 * form names the kind of policy (seen from AWS in public reports: "… because no identity-based
 * policy allows the kms:Decrypt action" in cattle-ops/terraform-aws-gitlab-runner#1253 and
 * ministryofjustice/modernisation-platform#11726; "… because no resource-based policy allows
 * the kms:DescribeKey action" in jbrt/ec2cryptomatic#26; the explicit-deny forms are the
 * IAM User Guide's "Troubleshoot access denied error messages" wording). S3's enhanced messages
 * (same-account requests, since 2024) put the resource in quotes: `… on resource:
 * "arn:aws:s3:::bucket/key" because no identity-based policy allows the s3:GetObject action`.
 */
import { AwsError } from '../errors.ts';
import type { OperationContext } from '../operation.ts';
import type { Decision, DecisionReason } from '../policy/decision.ts';

const CODES: Record<string, string> = { kms: 'AccessDeniedException' };

function because(reason: DecisionReason, action: string): string {
  switch (reason.kind) {
    case 'explicitDeny':
      return `with an explicit deny in ${reason.by.type === 'resource' ? 'a resource-based' : 'an identity-based'} policy`;
    case 'noResourceAllow':
      return `because no resource-based policy allows the ${action} action`;
    default:
      return `because no identity-based policy allows the ${action} action`;
  }
}

export function accessDenied(ctx: OperationContext, action: string, decision: Decision): AwsError {
  const service = action.split(':')[0] ?? '';
  const { explanation } = decision;
  // ReEncrypt is checked as kms:ReEncryptFrom / kms:ReEncryptTo: the message names the checked action.
  const checked = explanation.action || action;
  // S3 quotes the resource, and tells anonymous callers nothing more than "Access Denied" (S3 User Guide, "Access denied message examples").
  if (service === 's3' && (ctx.principal.type === 'Anonymous' || ctx.principal.type === 'AWSService')) return new AwsError('AccessDenied', 'Access Denied', 403, service);
  const resource = service === 's3' ? `"${explanation.resource}"` : explanation.resource;
  const message = `User: ${ctx.principal.arn} is not authorized to perform: ${checked} on resource: ${resource} ${because(explanation.reason, checked)}`;
  // S3 answers AccessDenied with 403 (protocols.md §6b); the JSON and query services with 400.
  return new AwsError(CODES[service] ?? 'AccessDenied', message, service === 's3' ? 403 : 400, service);
}
