import type { OperationContext } from '../operation.ts';
import { listAttached, type PagingInput } from './policyHolder.ts';

export type ListAttachedGroupPoliciesInput = PagingInput & { GroupName: string; PathPrefix?: string };
export type ListAttachedGroupPoliciesOutput = {
  AttachedPolicies: { PolicyName: string; PolicyArn: string }[];
  IsTruncated: boolean;
  Marker?: string;
};

export async function listAttachedGroupPolicies(ctx: OperationContext, input: ListAttachedGroupPoliciesInput): Promise<ListAttachedGroupPoliciesOutput> {
  return listAttached(ctx, 'group', input.GroupName, input);
}
