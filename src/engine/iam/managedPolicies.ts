/** Managed policies, AWS's and the account's, by ARN; their attachments; their response shape. */
import type { Account } from '../account.ts';
import type { OperationContext } from '../operation.ts';
import { AWS_MANAGED_POLICIES } from './awsManagedPolicies.ts';
import { policyNotFound } from './iamErrors.ts';
import type { ManagedPolicy, PolicyHolder } from './state.ts';

export const managedPolicyByArn = (account: Account, arn: string): ManagedPolicy | undefined =>
  AWS_MANAGED_POLICIES.get(arn) ?? account.state.iam.policies[arn];

export function findManagedPolicy(ctx: OperationContext, arn: string): ManagedPolicy {
  const policy = managedPolicyByArn(ctx.account, arn);
  if (!policy) throw policyNotFound(arn);
  return policy;
}

/** Every user, group and role, for counting and listing attachments. */
export function policyHolders(account: Account): PolicyHolder[] {
  const { users, groups, roles } = account.state.iam;
  return [...Object.values(users), ...Object.values(groups), ...Object.values(roles)];
}

export const attachmentCount = (account: Account, arn: string) => policyHolders(account).filter((h) => h.attachedPolicyArns.includes(arn)).length;

export const defaultVersionOf = (policy: ManagedPolicy) => policy.versions.find((v) => v.versionId === policy.defaultVersionId);

export type PolicyShape = {
  PolicyName: string;
  PolicyId: string;
  Arn: string;
  Path: string;
  DefaultVersionId: string;
  AttachmentCount: number;
  PermissionsBoundaryUsageCount: number;
  IsAttachable: boolean;
  Description?: string;
  CreateDate: Date;
  UpdateDate: Date;
};

/** GetPolicy/CreatePolicy show the description; ListPolicies leaves it out, as IAM does. */
export function toPolicy(account: Account, policy: ManagedPolicy, withDescription: boolean): PolicyShape {
  return {
    PolicyName: policy.policyName,
    PolicyId: policy.policyId,
    Arn: policy.arn,
    Path: policy.path,
    DefaultVersionId: policy.defaultVersionId,
    AttachmentCount: attachmentCount(account, policy.arn),
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    ...(withDescription && policy.description !== undefined ? { Description: policy.description } : {}),
    CreateDate: new Date(policy.createDate),
    UpdateDate: new Date(policy.updateDate),
  };
}
