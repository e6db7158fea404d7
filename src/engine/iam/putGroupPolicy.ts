import type { OperationContext } from '../operation.ts';
import { checkPolicyDocument } from './checkPolicyDocument.ts';
import { holderOf } from './policyHolder.ts';

export type PutGroupPolicyInput = { GroupName: string; PolicyName: string; PolicyDocument: string };

/** Adds or replaces an inline policy of the group, kept as sent. */
export async function putGroupPolicy(ctx: OperationContext, input: PutGroupPolicyInput): Promise<Record<string, never>> {
  const holder = holderOf(ctx, 'group', input.GroupName);
  checkPolicyDocument(input.PolicyDocument, 'identity');
  holder.inlinePolicies[input.PolicyName] = input.PolicyDocument;
  return {};
}
