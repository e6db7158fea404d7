import type { OperationContext } from '../operation.ts';
import { findGrantToRetire, type GrantTarget } from './findGrant.ts';
import { dryRunSucceeded } from './grantErrors.ts';
import { grantsOf } from './grantStore.ts';

export type RetireGrantInput = GrantTarget & { DryRun?: boolean };

/**
 * Deletes a grant named by its token or by KeyId and GrantId, in any key state. Whether the
 * caller may is decided in the authorization step (retireGrantRight.ts: the grant's own rules,
 * then IAM delegation); until the policy evaluator is wired in, every caller may.
 */
export async function retireGrant(ctx: OperationContext, input: RetireGrantInput): Promise<Record<string, never>> {
  const grant = findGrantToRetire(ctx, input);
  if (input.DryRun) throw dryRunSucceeded();
  delete grantsOf(ctx.account)[grant.grantId];
  return {};
}
