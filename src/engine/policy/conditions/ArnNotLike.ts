/** Negated ArnLike. */
import type { ConditionOperator } from './conditionOperator.ts';
import { matchesArn } from './matchesArn.ts';
export const ArnNotLike: ConditionOperator = {
  name: 'ArnNotLike',
  negated: true,
  variables: true,
  wildcards: true,
  test: matchesArn,
};
