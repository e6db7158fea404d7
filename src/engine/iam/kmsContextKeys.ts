/**
 * The kms:* condition keys of a request (KMS Developer Guide, "AWS KMS condition keys"). Keys
 * that describe the KMS key (KeySpec, KeyUsage, KeyOrigin, ResourceAliases) come from the key;
 * the others from the request. kms:EncryptionContext:<key> has one entry per context pair.
 */
import type { OperationContext } from '../operation.ts';
import type { ContextValue } from '../policy/requestContext.ts';
import type { KmsKey } from '../kms/state.ts';

export type KmsRequestFacts = {
  readonly input: Readonly<Record<string, unknown>>;
  readonly key?: KmsKey;
  /** The encryption context this check is about (ReEncryptFrom: the source one). */
  readonly encryptionContext?: Readonly<Record<string, string>>;
  /** The alias the caller named the key by, if any (kms:RequestAlias). */
  readonly requestAlias?: string;
  readonly encryptionAlgorithm?: string;
};

const GRANT_ACTIONS = new Set(['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant']);

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

function encryptionContextKeys(context: Readonly<Record<string, string>> | undefined): Record<string, ContextValue> {
  if (!context || Object.keys(context).length === 0) return {};
  const keys: Record<string, ContextValue> = { 'kms:EncryptionContextKeys': Object.keys(context) };
  for (const [name, value] of Object.entries(context)) keys[`kms:EncryptionContext:${name}`] = value;
  return keys;
}

function keyFacts(ctx: OperationContext, action: string, facts: KmsRequestFacts): Record<string, ContextValue | undefined> {
  const { key, input } = facts;
  if (key) {
    const aliases = Object.values(ctx.account.state.kms.aliases).filter((a) => a.targetKeyId === key.keyId).map((a) => a.aliasName);
    return { 'kms:KeySpec': key.keySpec, 'kms:KeyUsage': key.keyUsage, 'kms:KeyOrigin': key.origin, 'kms:ResourceAliases': aliases.length ? aliases : undefined };
  }
  if (action !== 'kms:CreateKey') return {};
  return {
    'kms:KeySpec': str(input.KeySpec) ?? str(input.CustomerMasterKeySpec) ?? 'SYMMETRIC_DEFAULT',
    'kms:KeyUsage': str(input.KeyUsage) ?? 'ENCRYPT_DECRYPT',
    'kms:KeyOrigin': str(input.Origin) ?? 'AWS_KMS',
    'kms:MultiRegion': String(input.MultiRegion === true),
  };
}

function grantFacts(action: string, input: Readonly<Record<string, unknown>>, viaService: string | undefined): Record<string, ContextValue | undefined> {
  if (!GRANT_ACTIONS.has(action)) return {};
  const constraints = (input.Constraints ?? {}) as Record<string, unknown>;
  const constraintTypes = Object.keys(constraints).filter((c) => c === 'EncryptionContextEquals' || c === 'EncryptionContextSubset');
  return {
    'kms:GrantIsForAWSResource': String(viaService !== undefined),
    'kms:GrantOperations': Array.isArray(input.Operations) ? (input.Operations as string[]) : undefined,
    'kms:GranteePrincipal': str(input.GranteePrincipal),
    'kms:RetiringPrincipal': str(input.RetiringPrincipal),
    'kms:GrantConstraintType': constraintTypes.length ? constraintTypes : undefined,
  };
}

export function kmsContextKeys(ctx: OperationContext, action: string, facts: KmsRequestFacts): Record<string, ContextValue | undefined> {
  const { input } = facts;
  const bypass = input.BypassPolicyLockoutSafetyCheck;
  return {
    'kms:CallerAccount': ctx.principal.type === 'Anonymous' ? undefined : ctx.principal.accountId,
    'kms:ViaService': ctx.source.viaService,
    'kms:RequestAlias': facts.requestAlias,
    'kms:EncryptionAlgorithm': facts.encryptionAlgorithm,
    'kms:BypassPolicyLockoutSafetyCheck': typeof bypass === 'boolean' ? String(bypass) : undefined,
    ...keyFacts(ctx, action, facts),
    ...grantFacts(action, input, ctx.source.viaService),
    ...encryptionContextKeys(facts.encryptionContext),
  };
}
