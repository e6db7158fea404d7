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

/** The operations a grant can allow, in AWS's names (the model's GrantOperation enum). */
export type GrantOperation =
  | 'Decrypt' | 'Encrypt' | 'GenerateDataKey' | 'GenerateDataKeyWithoutPlaintext' | 'ReEncryptFrom' | 'ReEncryptTo'
  | 'Sign' | 'Verify' | 'GetPublicKey' | 'CreateGrant' | 'RetireGrant' | 'DescribeKey' | 'GenerateDataKeyPair'
  | 'GenerateDataKeyPairWithoutPlaintext' | 'GenerateMac' | 'VerifyMac' | 'DeriveSharedSecret';

export type GrantConstraints = {
  EncryptionContextSubset?: Record<string, string>;
  EncryptionContextEquals?: Record<string, string>;
};

/** A grant on one key. Its token is not stored: every token names the grant id it was issued for. */
export type Grant = {
  grantId: string;
  keyId: string;
  name?: string;
  creationDate: number;
  granteePrincipal: string;
  retiringPrincipal?: string;
  /** arn:aws:iam::<account>:root of the account the grant was created in. */
  issuingAccount: string;
  operations: GrantOperation[];
  constraints?: GrantConstraints;
};

export type KmsState = {
  keys: Record<string, KmsKey>;
  aliases: Record<string, Alias>;
  /** By grant id. */
  grants: Record<string, Grant>;
};

export const emptyKmsState = (): KmsState => ({ keys: {}, aliases: {}, grants: {} });
