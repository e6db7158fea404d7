/**
 * Action names for completion, from the service models' operations (`kms:CreateKey`). IAM,
 * STS and KMS name their actions after their operations; S3 does not always, so the S3
 * operations whose permission has another name are mapped to it (Amazon S3 User Guide,
 * "Required permissions for Amazon S3 API operations"; Service Authorization Reference,
 * "Actions, resources, and condition keys for Amazon S3").
 */
export type ActionService = 'kms' | 's3' | 'iam' | 'sts';

const S3_PERMISSION: Readonly<Record<string, string>> = {
  ListBuckets: 'ListAllMyBuckets',
  ListObjects: 'ListBucket',
  ListObjectsV2: 'ListBucket',
  HeadBucket: 'ListBucket',
  ListObjectVersions: 'ListBucketVersions',
  ListMultipartUploads: 'ListBucketMultipartUploads',
  ListParts: 'ListMultipartUploadParts',
  HeadObject: 'GetObject',
  SelectObjectContent: 'GetObject',
  CreateMultipartUpload: 'PutObject',
  UploadPart: 'PutObject',
  UploadPartCopy: 'PutObject',
  CompleteMultipartUpload: 'PutObject',
  CopyObject: 'PutObject',
  DeleteObjects: 'DeleteObject',
  GetBucketEncryption: 'GetEncryptionConfiguration',
  PutBucketEncryption: 'PutEncryptionConfiguration',
  DeleteBucketEncryption: 'PutEncryptionConfiguration',
  GetPublicAccessBlock: 'GetBucketPublicAccessBlock',
  PutPublicAccessBlock: 'PutBucketPublicAccessBlock',
  DeletePublicAccessBlock: 'PutBucketPublicAccessBlock',
  DeleteBucketOwnershipControls: 'PutBucketOwnershipControls',
  DeleteBucketTagging: 'PutBucketTagging',
  GetBucketCors: 'GetBucketCORS',
  PutBucketCors: 'PutBucketCORS',
  DeleteBucketCors: 'PutBucketCORS',
  GetBucketLifecycleConfiguration: 'GetLifecycleConfiguration',
  PutBucketLifecycleConfiguration: 'PutLifecycleConfiguration',
  DeleteBucketLifecycle: 'PutLifecycleConfiguration',
  GetBucketReplication: 'GetReplicationConfiguration',
  PutBucketReplication: 'PutReplicationConfiguration',
  DeleteBucketReplication: 'PutReplicationConfiguration',
  GetBucketNotificationConfiguration: 'GetBucketNotification',
  PutBucketNotificationConfiguration: 'PutBucketNotification',
  GetObjectLockConfiguration: 'GetBucketObjectLockConfiguration',
  PutObjectLockConfiguration: 'PutBucketObjectLockConfiguration',
};

export type OperationsByService = Readonly<Partial<Record<ActionService, readonly string[]>>>;

/** `service:Permission` for every operation, plus `service:*`, sorted and without repeats. */
export function actionNames(operations: OperationsByService): string[] {
  const names = new Set<string>();
  for (const [service, ops] of Object.entries(operations) as [ActionService, readonly string[]][]) {
    names.add(`${service}:*`);
    for (const op of ops) names.add(`${service}:${service === 's3' ? (S3_PERMISSION[op] ?? op) : op}`);
  }
  return [...names].sort();
}
