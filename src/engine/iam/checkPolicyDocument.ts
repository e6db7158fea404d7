/**
 * Checks policy text with the shared policy parser before IAM stores it, and answers the
 * first problem as MalformedPolicyDocument in IAM's wording (policy/policyProblem.ts names
 * the sources). Trust policies are resource policies: they must name a principal.
 */
import { parsePolicy } from '../policy/parsePolicy.ts';
import { iamProblemMessage } from '../policy/policyProblem.ts';
import { malformedPolicyDocument } from './iamErrors.ts';

export type PolicyTextKind = 'identity' | 'trust';

export function checkPolicyDocument(text: string, kind: PolicyTextKind): void {
  const parsed = parsePolicy(text, kind === 'trust' ? 'resource' : 'identity');
  if (!parsed.ok) throw malformedPolicyDocument(iamProblemMessage(parsed.error[0]!));
}
