/** Numeric comparison: the request's value equals the policy's (IAM User Guide, numeric condition operators). */
import type { ConditionOperator } from './conditionOperator.ts';
import { compareNumbers } from './compareNumbers.ts';
export const NumericEquals: ConditionOperator = {
  name: 'NumericEquals',
  negated: false,
  variables: false,
  wildcards: false,
  test: (policyValue, requestValue) => compareNumbers(policyValue, requestValue, (p, r) => r === p),
};
