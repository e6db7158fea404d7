/**
 * A condition operator, as the IAM User Guide's "Condition operators" page defines it: how one
 * value of the request's condition key compares with one value from the policy. The set
 * qualifiers, IfExists and missing keys are handled once, in evaluateCondition.ts.
 */
export type ConditionOperator = {
  readonly name: string;
  /**
   * Negated operators (StringNotEquals, ArnNotLike, NotIpAddress, …) match when the request's
   * value matches none of the policy values, and match when the key is missing.
   */
  readonly negated: boolean;
  /** Policy values may contain policy variables (string and ARN operators). */
  readonly variables: boolean;
  /** `*` and `?` in policy values are wildcards (the …Like and Arn… operators). */
  readonly wildcards: boolean;
  /** Whether one request value matches one policy value (before any negation). */
  readonly test: (policyValue: string, requestValue: string) => boolean;
};
