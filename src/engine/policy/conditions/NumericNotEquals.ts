/** Negated NumericEquals: the request's number differs from every policy value. */
import type { ConditionOperator } from './conditionOperator.ts';
import { compareNumbers } from './compareNumbers.ts';
export const NumericNotEquals: ConditionOperator = {
  name: 'NumericNotEquals',
  negated: true,
  variables: false,
  wildcards: false,
  test: (policyValue, requestValue) => compareNumbers(policyValue, requestValue, (p, r) => r === p),
};
