import type { OperationContext } from '../operation.ts';
import { listInline, type PagingInput } from './policyHolder.ts';

export type ListUserPoliciesInput = PagingInput & { UserName: string };
export type ListUserPoliciesOutput = { PolicyNames: string[]; IsTruncated: boolean; Marker?: string };

/** The names of the user's inline policies. */
export async function listUserPolicies(ctx: OperationContext, input: ListUserPoliciesInput): Promise<ListUserPoliciesOutput> {
  return listInline(ctx, 'user', input.UserName, input);
}
