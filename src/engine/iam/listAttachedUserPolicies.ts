import type { OperationContext } from '../operation.ts';
import { listAttached, type PagingInput } from './policyHolder.ts';

export type ListAttachedUserPoliciesInput = PagingInput & { UserName: string; PathPrefix?: string };
export type ListAttachedUserPoliciesOutput = {
  AttachedPolicies: { PolicyName: string; PolicyArn: string }[];
  IsTruncated: boolean;
  Marker?: string;
};

export async function listAttachedUserPolicies(ctx: OperationContext, input: ListAttachedUserPoliciesInput): Promise<ListAttachedUserPoliciesOutput> {
  return listAttached(ctx, 'user', input.UserName, input);
}
