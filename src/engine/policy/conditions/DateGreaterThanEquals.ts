/** Date comparison: the request's time >= the policy's (ISO 8601 or epoch seconds). */
import type { ConditionOperator } from './conditionOperator.ts';
import { compareDates } from './compareDates.ts';
export const DateGreaterThanEquals: ConditionOperator = {
  name: 'DateGreaterThanEquals',
  negated: false,
  variables: false,
  wildcards: false,
  test: (policyValue, requestValue) => compareDates(policyValue, requestValue, (p, r) => r >= p),
};
