/**
 * Traits derived from an operation's name, so the operation table stays a plain map.
 * readOnly is CloudTrail's flag; mutating tells panels whether to re-query state.
 */
const READ_PREFIXES = /^(Describe|List|Get|Lookup|Head)/;
const STATELESS_CRYPTO = new Set([
  'Encrypt', 'Decrypt', 'ReEncrypt', 'GenerateDataKey', 'GenerateDataKeyWithoutPlaintext',
  'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext', 'GenerateRandom',
  'Sign', 'Verify', 'GenerateMac', 'VerifyMac',
]);

export const isReadOnly = (name: string): boolean => READ_PREFIXES.test(name);

export const isMutating = (name: string): boolean => !isReadOnly(name) && !STATELESS_CRYPTO.has(name);
