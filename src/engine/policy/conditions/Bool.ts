/** Boolean match: `true` and `"true"` are the same policy value, compared without case. */
import type { ConditionOperator } from './conditionOperator.ts';

const isBoolean = (value: string) => /^(true|false)$/i.test(value);
export const Bool: ConditionOperator = {
  name: 'Bool',
  negated: false,
  variables: false,
  wildcards: false,
  test: (policyValue, requestValue) => isBoolean(policyValue) && policyValue.toLowerCase() === requestValue.toLowerCase(),
};
