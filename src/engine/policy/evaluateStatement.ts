/**
 * One statement against the request. evaluateStatement evaluates every element, even after one
 * fails, so the explanation can show the learner each reason at once ("the action matched, the
 * resource matched, but kms:ViaService was ec2…"); statementVerdict only decides.
 */
import { conditionMatches, evaluateCondition, type ConditionExplanation } from './evaluateCondition.ts';
import { matchPrincipal, principalLevel, type PrincipalExplanation, type PrincipalLevel } from './matchPrincipal.ts';
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

type Element = { readonly negated: boolean; readonly patterns: readonly string[] };
type PatternTest = (pattern: string, request: PolicyRequest) => boolean;

const matchesAction: PatternTest = (pattern, request) => matchesWildcard(pattern, request.action, true);

const matchesResource: PatternTest = (pattern, request) => {
  const resolved = resolveVariables(pattern, request, true);
  return resolved !== undefined && matchesWildcard(resolved, request.resource);
};

function firstMatching(element: Element, request: PolicyRequest, test: PatternTest): string | undefined {
  for (const pattern of element.patterns) if (test(pattern, request)) return pattern;
  return undefined;
}

const elementMatches = (element: Element, request: PolicyRequest, test: PatternTest) =>
  (firstMatching(element, request, test) === undefined) === element.negated;

function matchElement(name: 'Action' | 'Resource', element: Element, request: PolicyRequest, test: PatternTest): ElementExplanation {
  const found = firstMatching(element, request, test);
  return {
    element: element.negated ? `Not${name}` : name,
    patterns: element.patterns,
    matched: element.negated ? found === undefined : found !== undefined,
    ...(found !== undefined ? { matchedPattern: found } : {}),
  };
}

const ANY_RESOURCE: Element = { negated: false, patterns: ['*'] };

export function evaluateStatement(statement: PolicyStatement, request: PolicyRequest): StatementExplanation {
  const principal = matchPrincipal(statement, request.principal);
  const action = matchElement('Action', statement.action, request, matchesAction);
  const resource = matchElement('Resource', statement.resource ?? ANY_RESOURCE, request, matchesResource);
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

/**
 * evaluateStatement's verdict alone, for deciding: each element is tested only until one
 * fails, and nothing is explained. Undefined when the statement does not apply; otherwise
 * the level at which it names the caller, or 'none' when it has no principal element.
 */
export function statementVerdict(statement: PolicyStatement, request: PolicyRequest): PrincipalLevel | 'none' | undefined {
  const level = principalLevel(statement, request.principal);
  if (level === null) return undefined;
  if (!elementMatches(statement.action, request, matchesAction)) return undefined;
  if (!elementMatches(statement.resource ?? ANY_RESOURCE, request, matchesResource)) return undefined;
  for (const condition of statement.conditions) if (!conditionMatches(condition, request)) return undefined;
  return level ?? 'none';
}
