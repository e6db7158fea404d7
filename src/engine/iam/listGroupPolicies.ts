import type { OperationContext } from '../operation.ts';
import { listInline, type PagingInput } from './policyHolder.ts';

export type ListGroupPoliciesInput = PagingInput & { GroupName: string };
export type ListGroupPoliciesOutput = { PolicyNames: string[]; IsTruncated: boolean; Marker?: string };

/** The names of the group's inline policies. */
export async function listGroupPolicies(ctx: OperationContext, input: ListGroupPoliciesInput): Promise<ListGroupPoliciesOutput> {
  return listInline(ctx, 'group', input.GroupName, input);
}
