import type { OperationContext } from '../operation.ts';
import { deleteInline } from './policyHolder.ts';

export type DeleteGroupPolicyInput = { GroupName: string; PolicyName: string };

export async function deleteGroupPolicy(ctx: OperationContext, input: DeleteGroupPolicyInput): Promise<Record<string, never>> {
  return deleteInline(ctx, 'group', input.GroupName, input.PolicyName);
}
