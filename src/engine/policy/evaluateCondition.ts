/**
 * One condition clause against the request, with AWS's rules (IAM User Guide, "Condition
 * operators" and "Single-valued vs. multivalued context keys"):
 * - several policy values are ORed; a negated operator needs the request value to match none;
 * - a missing key fails positive operators and satisfies negated ones; …IfExists makes a
 *   missing key satisfy any operator; Null tests presence only;
 * - ForAnyValue: some request value matches (a missing key or empty set fails);
 *   ForAllValues: every request value matches (a missing key or empty set passes);
 * - a multivalued key used without a set qualifier never matches.
 */
import type { ConditionClause } from './policyDocument.ts';
import { findConditionOperator } from './conditions/operators.ts';
import type { ConditionOperator } from './conditions/conditionOperator.ts';
import { matchesNull } from './conditions/Null.ts';
import { resolveVariables } from './policyVariables.ts';
import { contextValueOf, type ContextValue, type PolicyRequest } from './requestContext.ts';

export type ConditionNote = 'keyMissing' | 'multiValuedKeyNeedsQualifier' | 'unknownOperator';

export type ConditionExplanation = {
  readonly operator: string;
  readonly key: string;
  readonly policyValues: readonly string[];
  /** The request's value for the key, or undefined when the request has none. */
  readonly requestValue: ContextValue | undefined;
  readonly matched: boolean;
  readonly note?: ConditionNote;
};

function valueMatcher(operator: ConditionOperator, clause: ConditionClause, request: PolicyRequest) {
  const resolved = operator.variables ? clause.values.map((v) => resolveVariables(v, request, operator.wildcards)) : clause.values;
  return (requestValue: string) => {
    const any = resolved.some((p) => p !== undefined && operator.test(p, requestValue));
    return operator.negated ? !any : any;
  };
}

function whenMissing(clause: ConditionClause, operator: ConditionOperator): boolean {
  if (clause.ifExists) return true;
  if (clause.qualifier === 'ForAllValues') return true;
  if (clause.qualifier === 'ForAnyValue') return false;
  return operator.negated;
}

type Verdict = { readonly matched: boolean; readonly note?: ConditionNote };

// Constant verdicts: the decision's fast path tests conditions without allocating.
const MATCHED: Verdict = { matched: true };
const NOT_MATCHED: Verdict = { matched: false };
const UNKNOWN_OPERATOR: Verdict = { matched: false, note: 'unknownOperator' };
const MISSING_MATCHES: Verdict = { matched: true, note: 'keyMissing' };
const MISSING_FAILS: Verdict = { matched: false, note: 'keyMissing' };
const NEEDS_QUALIFIER: Verdict = { matched: false, note: 'multiValuedKeyNeedsQualifier' };

const verdict = (matched: boolean) => (matched ? MATCHED : NOT_MATCHED);

function judge(clause: ConditionClause, request: PolicyRequest, requestValue: ContextValue | undefined): Verdict {
  const present = requestValue !== undefined && !(Array.isArray(requestValue) && requestValue.length === 0);
  if (clause.baseOperator.toLowerCase() === 'null') return verdict(clause.values.some((v) => matchesNull(v, present)));
  const operator = findConditionOperator(clause.baseOperator);
  if (!operator) return UNKNOWN_OPERATOR;
  if (!present) return whenMissing(clause, operator) ? MISSING_MATCHES : MISSING_FAILS;
  const matches = valueMatcher(operator, clause, request);
  switch (clause.qualifier) {
    case 'ForAnyValue':
      return verdict(typeof requestValue === 'string' ? matches(requestValue) : requestValue.some(matches));
    case 'ForAllValues':
      return verdict(typeof requestValue === 'string' ? matches(requestValue) : requestValue.every(matches));
    default:
      return typeof requestValue === 'string' ? verdict(matches(requestValue)) : NEEDS_QUALIFIER;
  }
}

/** The clause's verdict alone, for deciding; evaluateCondition explains it. */
export const conditionMatches = (clause: ConditionClause, request: PolicyRequest): boolean =>
  judge(clause, request, contextValueOf(request, clause.key)).matched;

export function evaluateCondition(clause: ConditionClause, request: PolicyRequest): ConditionExplanation {
  const requestValue = contextValueOf(request, clause.key);
  return { operator: clause.operator, key: clause.key, policyValues: clause.values, requestValue, ...judge(clause, request, requestValue) };
}
