import type { OperationContext } from '../operation.ts';
import { checkPolicyDocument } from './checkPolicyDocument.ts';
import { iamArn } from './iamEntities.ts';
import { policyAlreadyExists } from './iamErrors.ts';
import { iamId } from './iamIds.ts';
import { toPolicy, type PolicyShape } from './managedPolicies.ts';

export type CreatePolicyInput = { PolicyName: string; PolicyDocument: string; Path?: string; Description?: string };
export type CreatePolicyOutput = { Policy: PolicyShape };

/** A customer managed policy: version v1, the default, kept as sent. */
export async function createPolicy(ctx: OperationContext, input: CreatePolicyInput): Promise<CreatePolicyOutput> {
  const { policies } = ctx.account.state.iam;
  if (Object.values(policies).some((p) => p.policyName.toLowerCase() === input.PolicyName.toLowerCase())) throw policyAlreadyExists(input.PolicyName);
  checkPolicyDocument(input.PolicyDocument, 'identity');
  const path = input.Path ?? '/';
  const arn = iamArn(ctx, 'policy', path, input.PolicyName);
  policies[arn] = {
    policyName: input.PolicyName,
    policyId: iamId(ctx.account.platform.ids, 'ANPA'),
    arn,
    path,
    ...(input.Description !== undefined ? { description: input.Description } : {}),
    createDate: ctx.now,
    updateDate: ctx.now,
    defaultVersionId: 'v1',
    versions: [{ versionId: 'v1', document: input.PolicyDocument, createDate: ctx.now }],
    nextVersion: 2,
  };
  return { Policy: toPolicy(ctx.account, policies[arn], true) };
}
