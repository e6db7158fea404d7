/** Negated exact, case-sensitive string match. */
import type { ConditionOperator } from './conditionOperator.ts';
import { StringEquals } from './StringEquals.ts';
export const StringNotEquals: ConditionOperator = {
  name: 'StringNotEquals',
  negated: true,
  variables: true,
  wildcards: false,
  test: StringEquals.test,
};
