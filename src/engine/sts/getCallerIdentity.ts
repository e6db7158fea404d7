import type { OperationContext } from '../operation.ts';

export type GetCallerIdentityOutput = { UserId: string; Account: string; Arn: string };

/**
 * Who the credentials belong to: a user's AIDA… id, a role session's AROA…:session, or for
 * the root user the account id. Needs no permission, as in AWS.
 */
export async function getCallerIdentity(ctx: OperationContext, _input: Record<string, never>): Promise<GetCallerIdentityOutput> {
  const { principal } = ctx;
  const userId = principal.type === 'Root' ? principal.accountId : principal.principalId;
  return { UserId: userId, Account: principal.accountId, Arn: principal.arn };
}
