import type { OperationContext } from '../operation.ts';
import { listAttached, type PagingInput } from './policyHolder.ts';

export type ListAttachedRolePoliciesInput = PagingInput & { RoleName: string; PathPrefix?: string };
export type ListAttachedRolePoliciesOutput = {
  AttachedPolicies: { PolicyName: string; PolicyArn: string }[];
  IsTruncated: boolean;
  Marker?: string;
};

export async function listAttachedRolePolicies(ctx: OperationContext, input: ListAttachedRolePoliciesInput): Promise<ListAttachedRolePoliciesOutput> {
  return listAttached(ctx, 'role', input.RoleName, input);
}
