import type { OperationContext } from '../operation.ts';
import { checkPolicyDocument } from './checkPolicyDocument.ts';
import { policyNotFound, policyVersionQuota } from './iamErrors.ts';

export type CreatePolicyVersionInput = { PolicyArn: string; PolicyDocument: string; SetAsDefault?: boolean };
export type CreatePolicyVersionOutput = { PolicyVersion: { VersionId: string; IsDefaultVersion: boolean; CreateDate: Date } };

/** A new version of a customer managed policy (at most five); v-numbers are never reused. */
export async function createPolicyVersion(ctx: OperationContext, input: CreatePolicyVersionInput): Promise<CreatePolicyVersionOutput> {
  const policy = ctx.account.state.iam.policies[input.PolicyArn];
  if (!policy) throw policyNotFound(input.PolicyArn);
  if (policy.versions.length >= 5) throw policyVersionQuota();
  checkPolicyDocument(input.PolicyDocument, 'identity');
  const versionId = `v${policy.nextVersion}`;
  policy.nextVersion += 1;
  policy.versions.push({ versionId, document: input.PolicyDocument, createDate: ctx.now });
  if (input.SetAsDefault) {
    policy.defaultVersionId = versionId;
    policy.updateDate = ctx.now;
  }
  return { PolicyVersion: { VersionId: versionId, IsDefaultVersion: policy.defaultVersionId === versionId, CreateDate: new Date(ctx.now) } };
}
