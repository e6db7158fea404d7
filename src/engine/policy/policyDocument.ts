/**
 * A parsed IAM policy document. Parsing keeps every element the way AWS reads it: single
 * values become one-element lists, and whether a statement used Action or NotAction (etc.)
 * is kept, because the negated forms match differently.
 */
export type Effect = 'Allow' | 'Deny';

/** Principal or NotPrincipal: `"*"` is kept as `anyone`; otherwise the lists by principal type. */
export type PrincipalBlock =
  | { readonly anyone: true }
  | {
      readonly anyone: false;
      readonly AWS: readonly string[];
      readonly Service: readonly string[];
      readonly Federated: readonly string[];
      readonly CanonicalUser: readonly string[];
    };

/** One `"Operator": { "key": values }` pair, already split into qualifier, operator and IfExists. */
export type ConditionClause = {
  /** As written, e.g. `ForAllValues:StringEqualsIfExists`. */
  readonly operator: string;
  /** Without qualifier and IfExists, e.g. `StringEquals`. */
  readonly baseOperator: string;
  readonly qualifier?: 'ForAnyValue' | 'ForAllValues';
  readonly ifExists: boolean;
  readonly key: string;
  readonly values: readonly string[];
};

export type PolicyStatement = {
  /** The statement's Sid, or its 1-based position when it has none. */
  readonly id: string;
  readonly sid?: string;
  readonly effect: Effect;
  readonly principal?: { readonly negated: boolean; readonly block: PrincipalBlock };
  readonly action: { readonly negated: boolean; readonly patterns: readonly string[] };
  /** Absent in key policies that omit Resource is not allowed; absent only where parsing reported it. */
  readonly resource?: { readonly negated: boolean; readonly patterns: readonly string[] };
  readonly conditions: readonly ConditionClause[];
};

export type PolicyDocument = {
  readonly version?: string;
  readonly id?: string;
  readonly statements: readonly PolicyStatement[];
};
