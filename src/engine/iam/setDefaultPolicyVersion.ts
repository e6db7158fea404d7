import type { OperationContext } from '../operation.ts';
import { policyNotFound, policyVersionNotFound } from './iamErrors.ts';

export type SetDefaultPolicyVersionInput = { PolicyArn: string; VersionId: string };

/**
 * Makes one of a customer managed policy's versions the one in force: every user, group and
 * role it is attached to gets that version's permissions on their next call. AWS managed
 * policies are not the account's to change, so they are not found here (as for
 * CreatePolicyVersion).
 */
export async function setDefaultPolicyVersion(ctx: OperationContext, input: SetDefaultPolicyVersionInput): Promise<Record<string, never>> {
  const policy = ctx.account.state.iam.policies[input.PolicyArn];
  if (!policy) throw policyNotFound(input.PolicyArn);
  if (!policy.versions.some((v) => v.versionId === input.VersionId)) throw policyVersionNotFound(input.PolicyArn, input.VersionId);
  policy.defaultVersionId = input.VersionId;
  policy.updateDate = ctx.now;
  return {};
}
