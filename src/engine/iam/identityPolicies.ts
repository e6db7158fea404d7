/**
 * The identity-based policies that apply to a principal: for a user, its inline and attached
 * policies and those of its groups; for an assumed-role session, its role's. (First version by
 * the policy engine; the IAM state's owner may take it over.)
 */
import type { Account } from '../account.ts';
import type { Principal } from '../principal.ts';
import { defaultVersionOf, managedPolicyByArn } from './managedPolicies.ts';
import type { PolicyHolder } from './state.ts';

export type IdentityPolicy = { readonly name: string; readonly arn?: string; readonly document: string };

const ASSUMED_ROLE = /^arn:aws[a-z-]*:sts::\d{12}:assumed-role\/([^/]+)\//;

function policiesOfHolder(account: Account, holder: PolicyHolder): IdentityPolicy[] {
  const inline = Object.entries(holder.inlinePolicies).map(([name, document]) => ({ name, document }));
  const attached = holder.attachedPolicyArns.flatMap((arn) => {
    const policy = managedPolicyByArn(account, arn);
    const version = policy && defaultVersionOf(policy);
    return policy && version ? [{ name: policy.policyName, arn, document: version.document }] : [];
  });
  return [...inline, ...attached];
}

function holdersOf(account: Account, principal: Principal): PolicyHolder[] {
  const { users, groups, roles } = account.state.iam;
  if (principal.type === 'IAMUser') {
    const user = Object.values(users).find((u) => u.arn === principal.arn);
    if (!user) return [];
    return [user, ...user.groupNames.flatMap((name) => (groups[name] ? [groups[name]] : []))];
  }
  if (principal.type === 'AssumedRole') {
    const roleName = ASSUMED_ROLE.exec(principal.arn)?.[1];
    const role = roleName === undefined ? undefined : roles[roleName];
    return role ? [role] : [];
  }
  return [];
}

export function identityPoliciesOf(account: Account, principal: Principal): ReadonlyArray<IdentityPolicy> {
  return holdersOf(account, principal).flatMap((holder) => policiesOfHolder(account, holder));
}
