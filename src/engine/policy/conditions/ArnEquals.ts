/** The IAM User Guide gives ArnEquals the same behaviour as ArnLike: per-part, case-sensitive, wildcards allowed. */
import type { ConditionOperator } from './conditionOperator.ts';
import { matchesArn } from './matchesArn.ts';
export const ArnEquals: ConditionOperator = {
  name: 'ArnEquals',
  negated: false,
  variables: true,
  wildcards: true,
  test: matchesArn,
};
