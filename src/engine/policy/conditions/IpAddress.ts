/** The request's IP address (v4 or v6) lies in the policy's CIDR range; a bare address is a /32 or /128. */
import type { ConditionOperator } from './conditionOperator.ts';
import { matchesCidr } from './matchesCidr.ts';
export const IpAddress: ConditionOperator = {
  name: 'IpAddress',
  negated: false,
  variables: false,
  wildcards: false,
  test: matchesCidr,
};
