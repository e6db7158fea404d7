/**
 * Does a Principal / NotPrincipal element name the caller? A resource policy can name the
 * caller itself ("direct": enough on its own in the same account), or only the caller's
 * account (`"111122223333"` or `arn:aws:iam::111122223333:root`: "account", which delegates
 * to that account's IAM policies; IAM User Guide, "AWS account principals"). A role's ARN
 * names its assumed-role sessions. NotPrincipal exempts only the principals it names exactly:
 * an account ARN there exempts the account's root user, not everyone in it (the documented
 * meaning; @cloud-copilot/iam-simulate differs, see policy-engine.md m1).
 */
import type { PolicyStatement, PrincipalBlock } from './policyDocument.ts';
import type { RequestPrincipal } from './requestContext.ts';

export type PrincipalLevel = 'direct' | 'account';

export type PrincipalExplanation = {
  readonly element: 'Principal' | 'NotPrincipal';
  readonly matched: boolean;
  readonly level?: PrincipalLevel;
  /** The policy value that named the caller (for NotPrincipal: that exempted it). */
  readonly matchedValue?: string;
};

const ACCOUNT_ROOT = /^arn:aws[a-z-]*:iam::(\d{12}):root$/;

const accountNamed = (value: string): string | undefined => (/^\d{12}$/.test(value) ? value : ACCOUNT_ROOT.exec(value)?.[1]);

function levelFor(value: string, principal: RequestPrincipal, exact: boolean): PrincipalLevel | undefined {
  if (value === '*') return exact ? undefined : 'direct';
  if (value === principal.arn || (principal.roleArn !== undefined && value === principal.roleArn && !exact)) return 'direct';
  const account = accountNamed(value);
  if (account === undefined || account !== principal.accountId) return undefined;
  if (principal.type === 'Root') return 'direct';
  return exact || principal.type === 'Anonymous' || principal.type === 'AWSService' ? undefined : 'account';
}

/** The best match of a block: a direct naming beats an account-level one. */
function bestMatch(block: PrincipalBlock, principal: RequestPrincipal, exact: boolean): { level: PrincipalLevel; value: string } | undefined {
  if (block.anyone) return exact ? undefined : { level: 'direct', value: '*' };
  let best: { level: PrincipalLevel; value: string } | undefined;
  for (const value of block.AWS) {
    const level = levelFor(value, principal, exact);
    if (level === 'direct') return { level, value };
    if (level && !best) best = { level, value };
  }
  if (principal.type === 'AWSService' && principal.service !== undefined) {
    const service = block.Service.find((s) => s === principal.service);
    if (service) return { level: 'direct', value: service };
  }
  return best;
}

export function matchPrincipal(statement: PolicyStatement, principal: RequestPrincipal): PrincipalExplanation | undefined {
  if (!statement.principal) return undefined;
  const { negated, block } = statement.principal;
  if (!negated) {
    const found = bestMatch(block, principal, false);
    return found ? { element: 'Principal', matched: true, level: found.level, matchedValue: found.value } : { element: 'Principal', matched: false };
  }
  const exempt = block.anyone ? { value: '*' } : bestMatch(block, principal, true);
  return exempt ? { element: 'NotPrincipal', matched: false, matchedValue: exempt.value } : { element: 'NotPrincipal', matched: true, level: 'direct' };
}

/**
 * matchPrincipal's verdict alone, for deciding: the level at which the statement names the
 * caller, null when it does not, undefined when the statement has no principal element.
 */
export function principalLevel(statement: PolicyStatement, principal: RequestPrincipal): PrincipalLevel | null | undefined {
  if (!statement.principal) return undefined;
  const { negated, block } = statement.principal;
  if (!negated) return bestMatch(block, principal, false)?.level ?? null;
  return block.anyone || bestMatch(block, principal, true) ? null : 'direct';
}
