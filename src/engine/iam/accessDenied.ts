/**
 * AWS's AccessDenied wording for a denied call, in the service's own error code. The current
 * form names the kind of policy (seen from AWS in public reports: "… because no identity-based
 * policy allows the kms:Decrypt action" in cattle-ops/terraform-aws-gitlab-runner#1253 and
 * ministryofjustice/modernisation-platform#11726; "… because no resource-based policy allows
 * the kms:DescribeKey action" in jbrt/ec2cryptomatic#26; the explicit-deny forms are the
 * IAM User Guide's "Troubleshoot access denied error messages" wording).
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
  const message = `User: ${ctx.principal.arn} is not authorized to perform: ${checked} on resource: ${explanation.resource} ${because(explanation.reason, checked)}`;
  // S3 answers AccessDenied with 403 (protocols.md §6b); the JSON and query services with 400.
  return new AwsError(CODES[service] ?? 'AccessDenied', message, service === 's3' ? 403 : 400, service);
}
