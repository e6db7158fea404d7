import type { OperationContext } from '../operation.ts';
import { checkPolicyDocument } from './checkPolicyDocument.ts';
import { holderOf } from './policyHolder.ts';

export type PutRolePolicyInput = { RoleName: string; PolicyName: string; PolicyDocument: string };

/** Adds or replaces an inline policy of the role, kept as sent. */
export async function putRolePolicy(ctx: OperationContext, input: PutRolePolicyInput): Promise<Record<string, never>> {
  const holder = holderOf(ctx, 'role', input.RoleName);
  checkPolicyDocument(input.PolicyDocument, 'identity');
  holder.inlinePolicies[input.PolicyName] = input.PolicyDocument;
  return {};
}
