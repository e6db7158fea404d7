import type { OperationContext } from '../operation.ts';
import { policyVersionNotFound } from './iamErrors.ts';
import { findManagedPolicy } from './managedPolicies.ts';

export type GetPolicyVersionInput = { PolicyArn: string; VersionId: string };
export type GetPolicyVersionOutput = { PolicyVersion: { Document: string; VersionId: string; IsDefaultVersion: boolean; CreateDate: Date } };

export async function getPolicyVersion(ctx: OperationContext, input: GetPolicyVersionInput): Promise<GetPolicyVersionOutput> {
  const policy = findManagedPolicy(ctx, input.PolicyArn);
  const version = policy.versions.find((v) => v.versionId === input.VersionId);
  if (!version) throw policyVersionNotFound(input.PolicyArn, input.VersionId);
  return {
    PolicyVersion: { Document: version.document, VersionId: version.versionId, IsDefaultVersion: version.versionId === policy.defaultVersionId, CreateDate: new Date(version.createDate) },
  };
}
