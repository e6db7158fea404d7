/**
 * Which permission checks a KMS request needs (KMS Developer Guide, "AWS KMS permissions"
 * table): most operations need their own action on the key; ReEncrypt needs ReEncryptFrom on
 * the source key and ReEncryptTo on the destination; alias operations need the action on the
 * alias (IAM policy) and on each key involved (key policy); CreateKey, ListKeys, ListAliases,
 * GenerateRandom and ListRetirableGrants have no key resource and are IAM-only ("*").
 */
import type { OperationContext } from '../operation.ts';

export type KmsCheck = {
  readonly action: string;
  /** The key as the request names it (id, ARN, alias name or alias ARN). */
  readonly keyId?: string;
  /** Decrypt and ReEncrypt without a key id: the ciphertext names its key. */
  readonly ciphertext?: Uint8Array;
  /** An alias check: the action on the alias's ARN, decided by IAM policies. */
  readonly aliasName?: string;
  readonly encryptionContext?: Readonly<Record<string, string>>;
  readonly encryptionAlgorithm?: string;
};

export const KEYLESS_ACTIONS: ReadonlySet<string> = new Set(['kms:CreateKey', 'kms:ListKeys', 'kms:ListAliases', 'kms:GenerateRandom', 'kms:ListRetirableGrants']);

const CRYPTO_WITH_CONTEXT = new Set(['kms:Encrypt', 'kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:GenerateDataKeyPair', 'kms:GenerateDataKeyPairWithoutPlaintext']);

type Input = Readonly<Record<string, unknown>>;
const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
const bytes = (value: unknown) => (value instanceof Uint8Array ? value : undefined);
const context = (value: unknown) => (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array) ? (value as Record<string, string>) : undefined);

const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

const targetOf = (ctx: OperationContext, aliasName: string | undefined) =>
  aliasName === undefined ? undefined : ctx.account.state.kms.aliases[aliasName]?.targetKeyId;

function aliasChecks(ctx: OperationContext, action: string, input: Input): KmsCheck[] {
  const aliasName = str(input.AliasName);
  const current = targetOf(ctx, aliasName);
  const checks: KmsCheck[] = [defined({ action, aliasName })];
  if (action !== 'kms:CreateAlias' && current !== undefined) checks.push({ action, keyId: current });
  if (action !== 'kms:DeleteAlias' && str(input.TargetKeyId) !== undefined) checks.push(defined({ action, keyId: str(input.TargetKeyId) }));
  return checks;
}

export function kmsChecks(ctx: OperationContext, action: string, input: Input): KmsCheck[] {
  if (KEYLESS_ACTIONS.has(action)) return [{ action }];
  switch (action) {
    case 'kms:CreateAlias':
    case 'kms:UpdateAlias':
    case 'kms:DeleteAlias':
      return aliasChecks(ctx, action, input);
    case 'kms:Decrypt':
      return [defined({ action, keyId: str(input.KeyId), ciphertext: bytes(input.CiphertextBlob), encryptionContext: context(input.EncryptionContext), encryptionAlgorithm: str(input.EncryptionAlgorithm) ?? 'SYMMETRIC_DEFAULT' })];
    case 'kms:ReEncrypt':
      return [
        defined({ action: 'kms:ReEncryptFrom', keyId: str(input.SourceKeyId), ciphertext: bytes(input.CiphertextBlob), encryptionContext: context(input.SourceEncryptionContext), encryptionAlgorithm: str(input.SourceEncryptionAlgorithm) ?? 'SYMMETRIC_DEFAULT' }),
        defined({ action: 'kms:ReEncryptTo', keyId: str(input.DestinationKeyId), encryptionContext: context(input.DestinationEncryptionContext), encryptionAlgorithm: str(input.DestinationEncryptionAlgorithm) ?? 'SYMMETRIC_DEFAULT' }),
      ];
    default:
      if (CRYPTO_WITH_CONTEXT.has(action)) {
        const algorithm = action === 'kms:Encrypt' ? (str(input.EncryptionAlgorithm) ?? 'SYMMETRIC_DEFAULT') : undefined;
        return [defined({ action, keyId: str(input.KeyId), encryptionContext: context(input.EncryptionContext), encryptionAlgorithm: algorithm })];
      }
      return [defined({ action, keyId: str(input.KeyId) })];
  }
}
