/**
 * KeyMetadata exactly as DescribeKey, CreateKey and the console show it: AWS's member order,
 * dates as Date (the wire layer turns them into epoch seconds), and the deletion members only
 * while the key is pending deletion.
 */
import type { KmsKey } from './state.ts';

export type KeyMetadata = {
  AWSAccountId: string;
  KeyId: string;
  Arn: string;
  CreationDate: Date;
  Enabled: boolean;
  Description: string;
  KeyUsage: KmsKey['keyUsage'];
  KeyState: KmsKey['keyState'];
  DeletionDate?: Date;
  Origin: KmsKey['origin'];
  KeyManager: KmsKey['keyManager'];
  CustomerMasterKeySpec: KmsKey['keySpec'];
  KeySpec: KmsKey['keySpec'];
  EncryptionAlgorithms: string[];
  MultiRegion: boolean;
  PendingDeletionWindowInDays?: number;
  CurrentKeyMaterialId?: string;
};

/** The account id is the key ARN's fifth field, so the key alone is enough. */
const accountOf = (key: KmsKey) => key.arn.split(':')[4] ?? '';

export function toKeyMetadata(key: KmsKey): KeyMetadata {
  const pending = key.keyState === 'PendingDeletion';
  const current = key.materials.at(-1);
  return {
    AWSAccountId: accountOf(key),
    KeyId: key.keyId,
    Arn: key.arn,
    CreationDate: new Date(key.creationDate),
    Enabled: key.keyState === 'Enabled',
    Description: key.description,
    KeyUsage: key.keyUsage,
    KeyState: key.keyState,
    ...(pending && key.deletionDate !== undefined ? { DeletionDate: new Date(key.deletionDate) } : {}),
    Origin: key.origin,
    KeyManager: key.keyManager,
    CustomerMasterKeySpec: key.keySpec,
    KeySpec: key.keySpec,
    EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
    MultiRegion: false,
    ...(pending && key.pendingDeletionWindowInDays !== undefined ? { PendingDeletionWindowInDays: key.pendingDeletionWindowInDays } : {}),
    ...(current ? { CurrentKeyMaterialId: current.materialId } : {}),
  };
}
