import type { OperationContext } from '../operation.ts';
import { listInline, type PagingInput } from './policyHolder.ts';

export type ListRolePoliciesInput = PagingInput & { RoleName: string };
export type ListRolePoliciesOutput = { PolicyNames: string[]; IsTruncated: boolean; Marker?: string };

/** The names of the role's inline policies. */
export async function listRolePolicies(ctx: OperationContext, input: ListRolePoliciesInput): Promise<ListRolePoliciesOutput> {
  return listInline(ctx, 'role', input.RoleName, input);
}
