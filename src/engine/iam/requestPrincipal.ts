/** The caller as the policy evaluator sees it: an assumed-role session also answers to its role's ARN. */
import type { Principal } from '../principal.ts';
import type { RequestPrincipal } from '../policy/requestContext.ts';

const ASSUMED_ROLE = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\//;

/** arn:aws:sts::…:assumed-role/Role/session → arn:aws:iam::…:role/Role */
export function roleArnOfSession(arn: string): string | undefined {
  const match = ASSUMED_ROLE.exec(arn);
  return match ? `arn:${match[1]}:iam::${match[2]}:role/${match[3]}` : undefined;
}

export function toRequestPrincipal(principal: Principal): RequestPrincipal {
  const roleArn = principal.type === 'AssumedRole' ? roleArnOfSession(principal.arn) : undefined;
  const service = principal.type === 'AWSService' ? principal.principalId : undefined;
  return { type: principal.type, arn: principal.arn, accountId: principal.accountId, ...(roleArn ? { roleArn } : {}), ...(service ? { service } : {}) };
}
