/** Date comparison: the request's time < the policy's (ISO 8601 or epoch seconds). */
import type { ConditionOperator } from './conditionOperator.ts';
import { compareDates } from './compareDates.ts';
export const DateLessThan: ConditionOperator = {
  name: 'DateLessThan',
  negated: false,
  variables: false,
  wildcards: false,
  test: (policyValue, requestValue) => compareDates(policyValue, requestValue, (p, r) => r < p),
};
