/** Exact, case-sensitive string match. */
import type { ConditionOperator } from './conditionOperator.ts';

export const StringEquals: ConditionOperator = {
  name: 'StringEquals',
  negated: false,
  variables: true,
  wildcards: false,
  test: (policyValue, requestValue) => policyValue === requestValue,
};
