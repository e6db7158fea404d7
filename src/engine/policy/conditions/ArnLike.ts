/** Case-sensitive ARN match, each of the six colon-separated parts on its own, with wildcards. */
import type { ConditionOperator } from './conditionOperator.ts';
import { matchesArn } from './matchesArn.ts';
export const ArnLike: ConditionOperator = {
  name: 'ArnLike',
  negated: false,
  variables: true,
  wildcards: true,
  test: matchesArn,
};
