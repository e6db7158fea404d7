/**
 * One statement against the request. Every element is evaluated, even after one fails, so
 * the explanation can show the learner each reason at once ("the action matched, the
 * resource matched, but kms:ViaService was ec2…").
 */
import { evaluateCondition, type ConditionExplanation } from './evaluateCondition.ts';
import { matchPrincipal, type PrincipalExplanation } from './matchPrincipal.ts';
import type { Effect, PolicyStatement } from './policyDocument.ts';
import { resolveVariables } from './policyVariables.ts';
import type { PolicyRequest } from './requestContext.ts';
import { matchesWildcard } from './wildcard.ts';

export type ElementExplanation = {
  readonly element: 'Action' | 'NotAction' | 'Resource' | 'NotResource';
  readonly patterns: readonly string[];
  readonly matched: boolean;
  /** The pattern that matched the request (for Not… elements: the one that excluded it). */
  readonly matchedPattern?: string;
};

export type StatementExplanation = {
  readonly id: string;
  readonly sid?: string;
  readonly effect: Effect;
  readonly principal?: PrincipalExplanation;
  readonly action: ElementExplanation;
  readonly resource: ElementExplanation;
  readonly conditions: readonly ConditionExplanation[];
  /** Every element matched: the statement's effect applies to this request. */
  readonly applies: boolean;
};

function matchElement(
  name: 'Action' | 'Resource',
  element: { readonly negated: boolean; readonly patterns: readonly string[] },
  test: (pattern: string) => boolean,
): ElementExplanation {
  const found = element.patterns.find(test);
  return {
    element: element.negated ? `Not${name}` : name,
    patterns: element.patterns,
    matched: element.negated ? found === undefined : found !== undefined,
    ...(found !== undefined ? { matchedPattern: found } : {}),
  };
}

const ANY_RESOURCE = { negated: false, patterns: ['*'] } as const;

export function evaluateStatement(statement: PolicyStatement, request: PolicyRequest): StatementExplanation {
  const principal = matchPrincipal(statement, request.principal);
  const action = matchElement('Action', statement.action, (p) => matchesWildcard(p, request.action, true));
  const resource = matchElement('Resource', statement.resource ?? ANY_RESOURCE, (p) => {
    const resolved = resolveVariables(p, request, true);
    return resolved !== undefined && matchesWildcard(resolved, request.resource);
  });
  const conditions = statement.conditions.map((c) => evaluateCondition(c, request));
  const applies = (principal?.matched ?? true) && action.matched && resource.matched && conditions.every((c) => c.matched);
  return {
    id: statement.id,
    ...(statement.sid !== undefined ? { sid: statement.sid } : {}),
    effect: statement.effect,
    ...(principal ? { principal } : {}),
    action,
    resource,
    conditions,
    applies,
  };
}
