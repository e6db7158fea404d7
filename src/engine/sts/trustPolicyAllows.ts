/**
 * Whether a role's trust policy lets the caller assume it. A direct reading until the shared
 * policy evaluator lands: an Allow statement for sts:AssumeRole whose Principal.AWS names the
 * caller (its user or role ARN), the account root, the account id or "*", and no Deny that
 * does. Conditions are not evaluated yet.
 */
import type { Account } from '../account.ts';
import type { Principal } from '../principal.ts';

type Statement = { Effect?: unknown; Action?: unknown; Principal?: unknown };

const list = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

const namesAssumeRole = (action: unknown) => list(action).some((a) => ['sts:assumerole', 'sts:*', '*'].includes(a.toLowerCase()));

/** The ARNs a trust policy may use for this caller: a role session is named by its role. */
function callerNames(account: Account, principal: Principal): string[] {
  const { accountId, partition } = account.facts;
  const names = [principal.arn, `arn:${partition}:iam::${accountId}:root`, accountId, '*'];
  if (principal.session?.issuerArn) names.push(principal.session.issuerArn);
  return names;
}

function namesCaller(principalBlock: unknown, names: readonly string[]): boolean {
  if (principalBlock === '*') return true;
  if (typeof principalBlock !== 'object' || principalBlock === null) return false;
  return list((principalBlock as Record<string, unknown>).AWS).some((p) => names.includes(p));
}

export function trustPolicyAllows(account: Account, trustPolicy: string, principal: Principal): boolean {
  let statements: Statement[];
  try {
    const parsed = JSON.parse(trustPolicy) as { Statement?: unknown };
    statements = (Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement]) as Statement[];
  } catch {
    return false;
  }
  const names = callerNames(account, principal);
  const applies = (s: Statement) => !!s && namesAssumeRole(s.Action) && namesCaller(s.Principal, names);
  if (statements.some((s) => applies(s) && s.Effect === 'Deny')) return false;
  return statements.some((s) => applies(s) && s.Effect === 'Allow');
}
