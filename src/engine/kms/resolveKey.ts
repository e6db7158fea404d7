/**
 * Finds the key a request names. AWS accepts a key id, a key ARN, an alias name
 * (alias/…) or an alias ARN wherever a KeyId is asked for; each form has its own error.
 */
import type { OperationContext } from '../operation.ts';
import type { KmsKey } from './state.ts';
import { aliasNotFound, disabled, invalidArn, invalidKeyId, keyNotFound, pendingDeletion, pendingImport } from './kmsErrors.ts';

const KEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^mrk-[0-9a-f]{32}$/;

export const keyArnOf = (ctx: OperationContext, keyId: string) =>
  `arn:${ctx.account.facts.partition}:kms:${ctx.account.facts.region}:${ctx.account.facts.accountId}:key/${keyId}`;

export const aliasArnOf = (ctx: OperationContext, aliasName: string) =>
  `arn:${ctx.account.facts.partition}:kms:${ctx.account.facts.region}:${ctx.account.facts.accountId}:${aliasName}`;

function fromAlias(ctx: OperationContext, aliasName: string): KmsKey {
  const alias = ctx.account.state.kms.aliases[aliasName];
  const key = alias && ctx.account.state.kms.keys[alias.targetKeyId];
  if (!key) throw aliasNotFound(aliasArnOf(ctx, aliasName));
  return key;
}

function fromKeyId(ctx: OperationContext, keyId: string): KmsKey {
  if (!KEY_ID.test(keyId)) throw invalidKeyId(keyId);
  const key = ctx.account.state.kms.keys[keyId];
  if (!key) throw keyNotFound(keyArnOf(ctx, keyId));
  return key;
}

function fromArn(ctx: OperationContext, arn: string): KmsKey {
  const parts = arn.split(':');
  const [, , service, region, accountId, resource = ''] = parts;
  if (parts.length !== 6 || service !== 'kms') throw invalidArn(`ARN ${arn} is not a valid KMS ARN`);
  const { facts } = ctx.account;
  if (region !== facts.region || accountId !== facts.accountId) {
    throw resource.startsWith('alias/') ? aliasNotFound(arn) : keyNotFound(arn);
  }
  if (resource.startsWith('alias/')) return fromAlias(ctx, resource);
  if (resource.startsWith('key/')) return fromKeyId(ctx, resource.slice('key/'.length));
  throw invalidArn(`ARN ${arn} is not a valid KMS ARN`);
}

/** The key named by `keyId` in any of its four forms, in whatever state it is. */
export function findKeyOrThrow(ctx: OperationContext, keyId: string): KmsKey {
  if (keyId.startsWith('arn:')) return fromArn(ctx, keyId);
  if (keyId.startsWith('alias/')) return fromAlias(ctx, keyId);
  return fromKeyId(ctx, keyId);
}

/** The key, which must be Enabled: the rule for every cryptographic operation. */
export function findUsableKey(ctx: OperationContext, keyId: string): KmsKey {
  const key = findKeyOrThrow(ctx, keyId);
  switch (key.keyState) {
    case 'Enabled':
      return key;
    case 'Disabled':
      throw disabled(key);
    case 'PendingDeletion':
      throw pendingDeletion(key);
    case 'PendingImport':
      throw pendingImport(key);
    default:
      throw pendingImport(key);
  }
}
