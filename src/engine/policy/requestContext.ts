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

export function normalizeContextKey(key: string): string {
  const lower = key.toLowerCase();
  return lower.startsWith(EC_PREFIX) ? EC_PREFIX + key.slice(EC_PREFIX.length) : lower;
}

export function contextOf(entries: Readonly<Record<string, ContextValue | undefined>>): ReadonlyMap<string, ContextValue> {
  const map = new Map<string, ContextValue>();
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) map.set(normalizeContextKey(key), value);
  return map;
}

export const contextValueOf = (request: PolicyRequest, key: string): ContextValue | undefined =>
  request.context.get(normalizeContextKey(key));
