import type { OperationContext } from '../operation.ts';
import { iamPage, pagingOf } from './iamPage.ts';
import { findManagedPolicy } from './managedPolicies.ts';

export type ListPolicyVersionsInput = { PolicyArn: string; Marker?: string; MaxItems?: number };
type VersionSummary = { VersionId: string; IsDefaultVersion: boolean; CreateDate: Date };
export type ListPolicyVersionsOutput = { Versions: VersionSummary[]; IsTruncated: boolean; Marker?: string };

/**
 * The versions of a managed policy, AWS managed ones included, newest first (as the IAM API
 * reference's example shows: v2 before v1). Like AWS, the list carries no Document; that is
 * GetPolicyVersion's answer.
 */
export async function listPolicyVersions(ctx: OperationContext, input: ListPolicyVersionsInput): Promise<ListPolicyVersionsOutput> {
  const policy = findManagedPolicy(ctx, input.PolicyArn);
  const newestFirst = [...policy.versions].reverse();
  const page = iamPage(newestFirst, input.MaxItems, input.Marker);
  return {
    Versions: page.items.map((v) => ({ VersionId: v.versionId, IsDefaultVersion: v.versionId === policy.defaultVersionId, CreateDate: new Date(v.createDate) })),
    ...pagingOf(page),
  };
}
