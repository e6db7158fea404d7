import type { OperationContext } from '../operation.ts';
import { AWS_MANAGED_POLICIES } from './awsManagedPolicies.ts';
import { byName } from './iamEntities.ts';
import { iamPage, pagingOf } from './iamPage.ts';
import { attachmentCount, toPolicy, type PolicyShape } from './managedPolicies.ts';

export type ListPoliciesInput = { Scope?: 'All' | 'AWS' | 'Local'; OnlyAttached?: boolean; PathPrefix?: string; Marker?: string; MaxItems?: number };
export type ListPoliciesOutput = { Policies: PolicyShape[]; IsTruncated: boolean; Marker?: string };

/** Scope All (default) lists AWS's and the account's; Local only the account's customer managed policies. */
export async function listPolicies(ctx: OperationContext, input: ListPoliciesInput): Promise<ListPoliciesOutput> {
  const scope = input.Scope ?? 'All';
  const prefix = input.PathPrefix ?? '/';
  const aws = scope === 'Local' ? [] : [...AWS_MANAGED_POLICIES.values()];
  const local = scope === 'AWS' ? [] : Object.values(ctx.account.state.iam.policies);
  const policies = [...aws, ...local]
    .filter((p) => p.path.startsWith(prefix) && (!input.OnlyAttached || attachmentCount(ctx.account, p.arn) > 0))
    .sort(byName((p) => p.policyName));
  const page = iamPage(policies, input.MaxItems, input.Marker);
  return { Policies: page.items.map((p) => toPolicy(ctx.account, p, false)), ...pagingOf(page) };
}
