import type { OperationContext } from '../operation.ts';
import { checkPolicyDocument } from './checkPolicyDocument.ts';
import { findRole } from './iamEntities.ts';

export type UpdateAssumeRolePolicyInput = { RoleName: string; PolicyDocument: string };

export async function updateAssumeRolePolicy(ctx: OperationContext, input: UpdateAssumeRolePolicyInput): Promise<Record<string, never>> {
  const role = findRole(ctx, input.RoleName);
  checkPolicyDocument(input.PolicyDocument, 'trust');
  role.assumeRolePolicyDocument = input.PolicyDocument;
  return {};
}
