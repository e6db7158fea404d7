/** Exact string match, ignoring case. */
import type { ConditionOperator } from './conditionOperator.ts';

export const StringEqualsIgnoreCase: ConditionOperator = {
  name: 'StringEqualsIgnoreCase',
  negated: false,
  variables: true,
  wildcards: false,
  test: (policyValue, requestValue) => policyValue.toLowerCase() === requestValue.toLowerCase(),
};
