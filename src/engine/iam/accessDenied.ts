/** AWS's AccessDenied wording for a denied call, in the service's own error code. */
import { AwsError } from '../errors.ts';
import type { OperationContext } from '../operation.ts';
import type { Decision } from './authorize.ts';

const CODES: Record<string, string> = { kms: 'AccessDeniedException' };

export function accessDenied(ctx: OperationContext, action: string, decision: Decision, resource = '*'): AwsError {
  const service = action.split(':')[0] ?? '';
  const reason = decision.decision === 'ExplicitDeny'
    ? 'with an explicit deny in an identity-based policy'
    : `because no identity-based policy allows the ${action} action`;
  const message = `User: ${ctx.principal.arn} is not authorized to perform: ${action} on resource: ${resource} ${reason}`;
  return new AwsError(CODES[service] ?? 'AccessDenied', message, 400, service);
}
