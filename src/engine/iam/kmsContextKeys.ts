/**
 * The kms:* condition keys of a request (KMS Developer Guide, "AWS KMS condition keys"). Keys
 * that describe the KMS key (KeySpec, KeyUsage, KeyOrigin, ResourceAliases) come from the key;
 * the others from the request. kms:EncryptionContext:<key> has one entry per context pair.
 */
import type { OperationContext } from '../operation.ts';
import type { ContextValue } from '../policy/requestContext.ts';
import type { KmsKey } from '../kms/state.ts';
import { derived } from '../derivedState.ts';

export type KmsRequestFacts = {
  readonly input: Readonly<Record<string, unknown>>;
  readonly key?: KmsKey | undefined;
  /** The encryption context this check is about (ReEncryptFrom: the source one). */
  readonly encryptionContext?: Readonly<Record<string, string>> | undefined;
  /** The alias the caller named the key by, if any (kms:RequestAlias). */
  readonly requestAlias?: string | undefined;
  readonly encryptionAlgorithm?: string | undefined;
};

const GRANT_ACTIONS = new Set(['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant']);

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

function addEncryptionContextKeys(keys: Record<string, ContextValue | undefined>, context: Readonly<Record<string, string>> | undefined): void {
  const names = context ? Object.keys(context) : [];
  if (!context || names.length === 0) return;
  keys['kms:EncryptionContextKeys'] = names;
  for (const name of names) keys[`kms:EncryptionContext:${name}`] = context[name];
}

/** Each key's aliases (kms:ResourceAliases): derived state, so a call does not walk every alias. */
const aliasesByKey = (ctx: OperationContext): ReadonlyMap<string, string[]> =>
  derived(ctx.account, 'aliasesByKey', () => {
    const byKey = new Map<string, string[]>();
    for (const alias of Object.values(ctx.account.state.kms.aliases)) {
      const names = byKey.get(alias.targetKeyId) ?? [];
      byKey.set(alias.targetKeyId, [...names, alias.aliasName]);
    }
    return byKey;
  });

function keyFacts(ctx: OperationContext, action: string, facts: KmsRequestFacts): Record<string, ContextValue | undefined> {
  const { key, input } = facts;
  if (key) {
    const aliases = aliasesByKey(ctx).get(key.keyId);
    return { 'kms:KeySpec': key.keySpec, 'kms:KeyUsage': key.keyUsage, 'kms:KeyOrigin': key.origin, 'kms:ResourceAliases': aliases ? [...aliases] : undefined };
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
  const keys: Record<string, ContextValue | undefined> = {
    'kms:CallerAccount': ctx.principal.type === 'Anonymous' ? undefined : ctx.principal.accountId,
    'kms:ViaService': ctx.source.viaService,
    'kms:RequestAlias': facts.requestAlias,
    'kms:EncryptionAlgorithm': facts.encryptionAlgorithm,
    'kms:BypassPolicyLockoutSafetyCheck': typeof bypass === 'boolean' ? String(bypass) : undefined,
  };
  Object.assign(keys, keyFacts(ctx, action, facts), grantFacts(action, input, ctx.source.viaService));
  addEncryptionContextKeys(keys, facts.encryptionContext);
  return keys;
}
