/**
 * ARN operators compare each of the six colon-separated parts of an ARN on its own, with
 * case and with wildcards; the resource part keeps any further colons. A request value that
 * is not an ARN never matches. A policy value of just `*` matches any ARN.
 */
import { matchesWildcard } from '../wildcard.ts';

function arnParts(arn: string): string[] | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

export function matchesArn(policyValue: string, requestValue: string): boolean {
  const request = arnParts(requestValue);
  if (!request) return false;
  if (policyValue === '*') return true;
  const policy = arnParts(policyValue);
  if (!policy) return false;
  return policy.every((part, i) => matchesWildcard(part, request[i] ?? ''));
}
