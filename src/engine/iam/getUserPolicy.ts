import type { OperationContext } from '../operation.ts';
import { inlineDocument } from './policyHolder.ts';

export type GetUserPolicyInput = { UserName: string; PolicyName: string };
export type GetUserPolicyOutput = { UserName: string; PolicyName: string; PolicyDocument: string };

/** The document as it was put (the wire URL-encodes it, as IAM does). */
export async function getUserPolicy(ctx: OperationContext, input: GetUserPolicyInput): Promise<GetUserPolicyOutput> {
  const PolicyDocument = inlineDocument(ctx, 'user', input.UserName, input.PolicyName);
  return { UserName: input.UserName, PolicyName: input.PolicyName, PolicyDocument };
}
