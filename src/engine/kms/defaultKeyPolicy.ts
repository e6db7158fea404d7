/**
 * The key policy KMS attaches when CreateKey is called without one (../shared/reference/
 * kms-default-key-policy.json, "programmaticDefault"), kept here as data so nothing reads
 * ../shared at run time.
 */
export function defaultKeyPolicy(partition: string, accountId: string) {
  return {
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:${partition}:iam::${accountId}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  };
}

/**
 * AWS stores and returns the default policy pretty-printed by Jackson: `"Key" : value`, arrays
 * on one line as `[ {` … `} ]` (the GetKeyPolicy example in the KMS API model).
 */
export function formatLikeKms(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    return value.length === 0 ? '[ ]' : `[ ${value.map((item) => formatLikeKms(item, indent)).join(', ')} ]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{ }';
    const inner = `${indent}  `;
    const lines = entries.map(([name, member]) => `${inner}${JSON.stringify(name)} : ${formatLikeKms(member, inner)}`);
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

export const defaultKeyPolicyText = (partition: string, accountId: string) => formatLikeKms(defaultKeyPolicy(partition, accountId));
