/**
 * The full account of an access request: every statement of every policy evaluated and
 * explained, for the console's "Why was this denied?" and explainKmsAccess. evaluateAccess
 * builds it only when it is read; explainedVerdict decides from it with the same rules, which
 * the property test compares with evaluateAccess's fast decision.
 */
import { decideAccess, resourcePolicyOf, type AccessInput, type NamedPolicy, type StatementLookup } from './accessRules.ts';
import type { DecisionReason, DecisionValue, PolicyExplanation, PolicyType, StatementRef } from './decision.ts';
import { evaluateStatement, type StatementExplanation } from './evaluateStatement.ts';
import type { PolicyRequest } from './requestContext.ts';

function explain(type: PolicyType, policy: NamedPolicy, request: PolicyRequest): PolicyExplanation {
  return {
    type,
    name: policy.name,
    ...(policy.arn !== undefined ? { arn: policy.arn } : {}),
    statements: policy.document.statements.map((s) => evaluateStatement(s, request)),
  };
}

/** Every policy that counts, explained: the resource policy first, then the identity policies. */
export function explainPolicies(input: AccessInput): PolicyExplanation[] {
  const resourcePolicy = resourcePolicyOf(input);
  const identity = input.identityPolicies.map((p) => explain('identity', p, input.request));
  return resourcePolicy ? [explain('resource', resourcePolicy, input.request), ...identity] : identity;
}

function find(policies: readonly PolicyExplanation[], type: PolicyType, test: (s: StatementExplanation) => boolean): StatementRef | undefined {
  for (const policy of policies) {
    if (policy.type !== type) continue;
    const statement = policy.statements.find(test);
    if (statement) return { type: policy.type, policy: policy.name, statement: statement.id };
  }
  return undefined;
}

const allows = (s: StatementExplanation) => s.applies && s.effect === 'Allow';
const denies = (s: StatementExplanation) => s.applies && s.effect === 'Deny';

/** The decision read from explained policies (explainPolicies' result). */
export function explainedVerdict(input: AccessInput, policies: readonly PolicyExplanation[]): [DecisionValue, DecisionReason] {
  const lookup: StatementLookup = {
    deny: () => find(policies, 'resource', denies) ?? find(policies, 'identity', denies),
    identityAllow: () => find(policies, 'identity', allows),
    resourceAllow: (level) => find(policies, 'resource', (s) => allows(s) && s.principal?.level === level),
  };
  return decideAccess(input, lookup);
}
