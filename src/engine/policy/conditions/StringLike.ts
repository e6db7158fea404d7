/** Case-sensitive match with `*` and `?` wildcards. */
import type { ConditionOperator } from './conditionOperator.ts';
import { matchesWildcard } from '../wildcard.ts';
export const StringLike: ConditionOperator = {
  name: 'StringLike',
  negated: false,
  variables: true,
  wildcards: true,
  test: (policyValue, requestValue) => matchesWildcard(policyValue, requestValue),
};
