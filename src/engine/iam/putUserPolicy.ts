import type { OperationContext } from '../operation.ts';
import { checkPolicyDocument } from './checkPolicyDocument.ts';
import { holderOf } from './policyHolder.ts';

export type PutUserPolicyInput = { UserName: string; PolicyName: string; PolicyDocument: string };

/** Adds or replaces an inline policy of the user, kept as sent. */
export async function putUserPolicy(ctx: OperationContext, input: PutUserPolicyInput): Promise<Record<string, never>> {
  const holder = holderOf(ctx, 'user', input.UserName);
  checkPolicyDocument(input.PolicyDocument, 'identity');
  holder.inlinePolicies[input.PolicyName] = input.PolicyDocument;
  return {};
}
