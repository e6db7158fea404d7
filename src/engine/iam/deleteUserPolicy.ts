import type { OperationContext } from '../operation.ts';
import { deleteInline } from './policyHolder.ts';

export type DeleteUserPolicyInput = { UserName: string; PolicyName: string };

export async function deleteUserPolicy(ctx: OperationContext, input: DeleteUserPolicyInput): Promise<Record<string, never>> {
  return deleteInline(ctx, 'user', input.UserName, input.PolicyName);
}
