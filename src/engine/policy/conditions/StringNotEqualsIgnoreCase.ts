/** Negated string match, ignoring case. */
import type { ConditionOperator } from './conditionOperator.ts';
import { StringEqualsIgnoreCase } from './StringEqualsIgnoreCase.ts';
export const StringNotEqualsIgnoreCase: ConditionOperator = {
  name: 'StringNotEqualsIgnoreCase',
  negated: true,
  variables: true,
  wildcards: false,
  test: StringEqualsIgnoreCase.test,
};
