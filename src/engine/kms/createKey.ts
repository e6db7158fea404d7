import type { OperationContext } from '../operation.ts';
import { mergeTags } from './assertValidTags.ts';
import { defaultKeyPolicyText } from './defaultKeyPolicy.ts';
import { assertStorablePolicy } from './keyPolicyDocument.ts';
import { notInThisLab } from './kmsErrors.ts';
import { keyArnOf } from './resolveKey.ts';
import type { KeyMaterial, KmsKey, Tag } from './state.ts';
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
  if (input.Policy !== undefined) assertStorablePolicy(input.Policy, input.BypassPolicyLockoutSafetyCheck);
  const tags = mergeTags([], input.Tags ?? []);
  const materials: KeyMaterial[] = origin === 'AWS_KMS' ? [{ materialId: await ctx.account.hsm.createMaterial(), createdAt: ctx.now }] : [];
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
    tags,
    rotation: { enabled: false },
    materials,
  };
  ctx.account.state.kms.keys[keyId] = key;
  return { KeyMetadata: toKeyMetadata(key) };
}
