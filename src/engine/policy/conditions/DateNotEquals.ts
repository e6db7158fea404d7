/** Negated DateEquals: the request's time differs from every policy value. */
import type { ConditionOperator } from './conditionOperator.ts';
import { compareDates } from './compareDates.ts';
export const DateNotEquals: ConditionOperator = {
  name: 'DateNotEquals',
  negated: true,
  variables: false,
  wildcards: false,
  test: (policyValue, requestValue) => compareDates(policyValue, requestValue, (p, r) => r === p),
};
