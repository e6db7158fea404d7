/** Date comparison: the request's time equals the policy's (ISO 8601 or epoch seconds). */
import type { ConditionOperator } from './conditionOperator.ts';
import { compareDates } from './compareDates.ts';
export const DateEquals: ConditionOperator = {
  name: 'DateEquals',
  negated: false,
  variables: false,
  wildcards: false,
  test: (policyValue, requestValue) => compareDates(policyValue, requestValue, (p, r) => r === p),
};
