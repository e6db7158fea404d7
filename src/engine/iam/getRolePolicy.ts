import type { OperationContext } from '../operation.ts';
import { inlineDocument } from './policyHolder.ts';

export type GetRolePolicyInput = { RoleName: string; PolicyName: string };
export type GetRolePolicyOutput = { RoleName: string; PolicyName: string; PolicyDocument: string };

/** The document as it was put (the wire URL-encodes it, as IAM does). */
export async function getRolePolicy(ctx: OperationContext, input: GetRolePolicyInput): Promise<GetRolePolicyOutput> {
  const PolicyDocument = inlineDocument(ctx, 'role', input.RoleName, input.PolicyName);
  return { RoleName: input.RoleName, PolicyName: input.PolicyName, PolicyDocument };
}
