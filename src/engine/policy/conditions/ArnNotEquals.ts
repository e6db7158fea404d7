/** Negated ArnEquals (the same comparison as ArnNotLike). */
import type { ConditionOperator } from './conditionOperator.ts';
import { matchesArn } from './matchesArn.ts';
export const ArnNotEquals: ConditionOperator = {
  name: 'ArnNotEquals',
  negated: true,
  variables: true,
  wildcards: true,
  test: matchesArn,
};
