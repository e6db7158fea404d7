/** The KMS part of the account's state: plain data, JSON-serializable, no key material. */
export type KeyState = 'Creating' | 'Enabled' | 'Disabled' | 'PendingDeletion' | 'PendingImport' | 'Unavailable' | 'Updating';

export type Tag = { TagKey: string; TagValue: string };

/** One generation of key material. The last entry of `materials` is the current one. */
export type KeyMaterial = {
  /** The HSM's id for the material; also what the ciphertext blob names. */
  readonly materialId: string;
  readonly createdAt: number;
  readonly rotationType?: 'AUTOMATIC' | 'ON_DEMAND';
};

export type KmsKey = {
  keyId: string;
  arn: string;
  description: string;
  keySpec: 'SYMMETRIC_DEFAULT';
  keyUsage: 'ENCRYPT_DECRYPT';
  origin: 'AWS_KMS' | 'EXTERNAL';
  keyManager: 'CUSTOMER' | 'AWS';
  keyState: KeyState;
  creationDate: number;
  /** Set while PendingDeletion. */
  deletionDate?: number;
  pendingDeletionWindowInDays?: number;
  policy: string;
  tags: Tag[];
  rotation: { enabled: boolean; periodInDays?: number; nextRotationDate?: number; onDemandRotationStartDate?: number };
  materials: KeyMaterial[];
};

export type Alias = {
  aliasName: string;
  aliasArn: string;
  targetKeyId: string;
  creationDate: number;
  lastUpdatedDate: number;
};

export type KmsState = {
  keys: Record<string, KmsKey>;
  aliases: Record<string, Alias>;
};

export const emptyKmsState = (): KmsState => ({ keys: {}, aliases: {} });
