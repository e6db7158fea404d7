/** Numeric comparison: the request's value >= the policy's (IAM User Guide, numeric condition operators). */
import type { ConditionOperator } from './conditionOperator.ts';
import { compareNumbers } from './compareNumbers.ts';
export const NumericGreaterThanEquals: ConditionOperator = {
  name: 'NumericGreaterThanEquals',
  negated: false,
  variables: false,
  wildcards: false,
  test: (policyValue, requestValue) => compareNumbers(policyValue, requestValue, (p, r) => r >= p),
};
