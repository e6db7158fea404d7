import type { OperationContext } from '../operation.ts';
import { inlineDocument } from './policyHolder.ts';

export type GetGroupPolicyInput = { GroupName: string; PolicyName: string };
export type GetGroupPolicyOutput = { GroupName: string; PolicyName: string; PolicyDocument: string };

/** The document as it was put (the wire URL-encodes it, as IAM does). */
export async function getGroupPolicy(ctx: OperationContext, input: GetGroupPolicyInput): Promise<GetGroupPolicyOutput> {
  const PolicyDocument = inlineDocument(ctx, 'group', input.GroupName, input.PolicyName);
  return { GroupName: input.GroupName, PolicyName: input.PolicyName, PolicyDocument };
}
