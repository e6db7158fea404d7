/** Negated case-sensitive wildcard match. */
import type { ConditionOperator } from './conditionOperator.ts';
import { StringLike } from './StringLike.ts';
export const StringNotLike: ConditionOperator = {
  name: 'StringNotLike',
  negated: true,
  variables: true,
  wildcards: true,
  test: StringLike.test,
};
