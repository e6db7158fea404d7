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

export function evaluateCondition(clause: ConditionClause, request: PolicyRequest): ConditionExplanation {
  const requestValue = contextValueOf(request, clause.key);
  const base = { operator: clause.operator, key: clause.key, policyValues: clause.values, requestValue };
  const present = requestValue !== undefined && !(Array.isArray(requestValue) && requestValue.length === 0);
  if (clause.baseOperator.toLowerCase() === 'null') {
    return { ...base, matched: clause.values.some((v) => matchesNull(v, present)) };
  }
  const operator = findConditionOperator(clause.baseOperator);
  if (!operator) return { ...base, matched: false, note: 'unknownOperator' };
  if (!present) return { ...base, matched: whenMissing(clause, operator), note: 'keyMissing' };
  const matches = valueMatcher(operator, clause, request);
  const values: readonly string[] = typeof requestValue === 'string' ? [requestValue] : requestValue;
  switch (clause.qualifier) {
    case 'ForAnyValue':
      return { ...base, matched: values.some(matches) };
    case 'ForAllValues':
      return { ...base, matched: values.every(matches) };
    default:
      if (typeof requestValue !== 'string') return { ...base, matched: false, note: 'multiValuedKeyNeedsQualifier' };
      return { ...base, matched: matches(requestValue) };
  }
}
