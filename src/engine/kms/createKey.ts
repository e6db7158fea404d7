import type { OperationContext } from '../operation.ts';
import { mergeTags } from './assertValidTags.ts';
import { defaultKeyPolicyText } from './defaultKeyPolicy.ts';
import { assertAcceptableKeyPolicy } from '../iam/keyPolicyLockout.ts';
import { notInThisLab } from './kmsErrors.ts';
import { keyArnOf } from './resolveKey.ts';
import type { KmsKey, Tag } from './state.ts';
import { toKeyMetadata, type KeyMetadata } from './toKeyMetadata.ts';

export type CreateKeyInput = {
  Policy?: string;
  Description?: string;
  KeyUsage?: string;
  CustomerMasterKeySpec?: string;
  KeySpec?: string;
  Origin?: string;
  CustomKeyStoreId?: string;
  BypassPolicyLockoutSafetyCheck?: boolean;
  Tags?: Tag[];
  MultiRegion?: boolean;
  XksKeyId?: string;
};
export type CreateKeyOutput = { KeyMetadata: KeyMetadata };

type Origin = KmsKey['origin'];

/** The lab models symmetric encryption keys only; anything else is refused before any state changes. */
function assertModelled(input: CreateKeyInput): Origin {
  const spec = input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
  if (spec !== 'SYMMETRIC_DEFAULT') throw notInThisLab(`KeySpec ${spec}`);
  const usage = input.KeyUsage ?? 'ENCRYPT_DECRYPT';
  if (usage !== 'ENCRYPT_DECRYPT') throw notInThisLab(`KeyUsage ${usage}`);
  if (input.MultiRegion) throw notInThisLab('MultiRegion');
  const origin = input.Origin ?? 'AWS_KMS';
  if (origin !== 'AWS_KMS' && origin !== 'EXTERNAL') throw notInThisLab(`Origin ${origin}`);
  if (input.CustomKeyStoreId !== undefined) throw notInThisLab('CustomKeyStoreId');
  return origin;
}

/** A symmetric encryption key; EXTERNAL keys wait in PendingImport with no material at all. */
export async function createKey(ctx: OperationContext, input: CreateKeyInput): Promise<CreateKeyOutput> {
  const origin = assertModelled(input);
  const { partition, accountId } = ctx.account.facts;
  const keyId = ctx.account.platform.ids.uuid();
  const key: KmsKey = {
    keyId,
    arn: keyArnOf(ctx, keyId),
    description: input.Description ?? '',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    origin,
    keyManager: 'CUSTOMER',
    keyState: origin === 'EXTERNAL' ? 'PendingImport' : 'Enabled',
    creationDate: ctx.now,
    policy: input.Policy ?? defaultKeyPolicyText(partition, accountId),
    tags: [],
    rotation: { enabled: false },
    materials: [],
  };
  // The lockout check asks whether the caller could change this key's policy later.
  if (input.Policy !== undefined) assertAcceptableKeyPolicy(ctx, input.Policy, input.BypassPolicyLockoutSafetyCheck, key);
  key.tags = mergeTags([], input.Tags ?? []);
  if (origin === 'AWS_KMS') key.materials.push({ materialId: await ctx.account.hsm.createMaterial(), createdAt: ctx.now });
  ctx.account.state.kms.keys[keyId] = key;
  return { KeyMetadata: toKeyMetadata(key) };
}
