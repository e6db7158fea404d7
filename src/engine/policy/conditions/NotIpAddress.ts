/** Negated IpAddress. */
import type { ConditionOperator } from './conditionOperator.ts';
import { matchesCidr } from './matchesCidr.ts';
export const NotIpAddress: ConditionOperator = {
  name: 'NotIpAddress',
  negated: true,
  variables: false,
  wildcards: false,
  test: matchesCidr,
};
