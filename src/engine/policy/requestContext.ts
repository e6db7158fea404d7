/**
 * What a policy is evaluated against: who asks, for which action on which resource, and the
 * request's condition keys. Condition key names are case-insensitive, so they are stored in
 * lower case, except the encryption-context key after `kms:EncryptionContext:`, which KMS
 * compares with case (the KMS Developer Guide, GrantConstraints: "To require a fully
 * case-sensitive encryption context, use the kms:EncryptionContext: … conditions").
 */
export type ContextValue = string | readonly string[];

export type RequestPrincipal = {
  readonly type: 'IAMUser' | 'AssumedRole' | 'Root' | 'AWSService' | 'Anonymous';
  readonly arn: string;
  readonly accountId: string;
  /** For assumed-role sessions: the role's ARN, which principal elements may name instead. */
  readonly roleArn?: string;
  /** For AWS services calling on their own behalf: `s3.amazonaws.com`. */
  readonly service?: string;
};

export type PolicyRequest = {
  readonly principal: RequestPrincipal;
  readonly action: string;
  readonly resource: string;
  readonly context: ReadonlyMap<string, ContextValue>;
};

const EC_PREFIX = 'kms:encryptioncontext:';

// Every request carries the same few dozen key names: each is normalized once.
const normalized = new Map<string, string>();
const MAX_NORMALIZED = 1000;

export function normalizeContextKey(key: string): string {
  let known = normalized.get(key);
  if (known === undefined) {
    const lower = key.toLowerCase();
    known = lower.startsWith(EC_PREFIX) ? EC_PREFIX + key.slice(EC_PREFIX.length) : lower;
    if (normalized.size >= MAX_NORMALIZED) normalized.clear();
    normalized.set(key, known);
  }
  return known;
}

/** The request's condition keys from one or more sets of entries (sets name different keys); undefined values are left out. */
export function contextOf(...sets: Readonly<Record<string, ContextValue | undefined>>[]): ReadonlyMap<string, ContextValue> {
  const map = new Map<string, ContextValue>();
  for (const entries of sets) {
    for (const key in entries) {
      const value = entries[key];
      if (value !== undefined) map.set(normalizeContextKey(key), value);
    }
  }
  return map;
}

export const contextValueOf = (request: PolicyRequest, key: string): ContextValue | undefined =>
  request.context.get(normalizeContextKey(key));
