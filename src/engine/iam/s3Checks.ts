/**
 * What each S3 operation must be allowed to do, in IAM actions on S3 resources (Service
 * Authorization Reference, "Actions defined by Amazon S3"; S3 User Guide, "Required permissions
 * for Amazon S3 API operations"). Several API operations share an action: HeadObject is
 * s3:GetObject, ListObjectsV2 and HeadBucket are s3:ListBucket, the multipart steps are
 * s3:PutObject, and deleting a bucket's configuration needs the Put… permission. CopyObject is
 * two checks: read the source, write the destination. An ACL permission that can also grant the
 * request (where ACLs are enabled) travels with the check.
 */
import { copySourceOf } from '../s3/copySource.ts';

export type AclNeed = { readonly needs: 'READ' | 'WRITE'; readonly of: 'object' | 'bucket' };

export type S3Check = {
  readonly action: string;
  /** Absent for account-wide actions (s3:ListAllMyBuckets), decided on "*". */
  readonly bucket?: string;
  readonly key?: string;
  readonly acl?: AclNeed;
  /** The request's x-amz-* headers are condition keys of this check (not of CopyObject's source read). */
  readonly carriesHeaders?: boolean;
};

type Rule = { readonly action: string; readonly on: 'bucket' | 'object' | 'account'; readonly acl?: AclNeed };

const READ_BUCKET: AclNeed = { needs: 'READ', of: 'bucket' };
const READ_OBJECT: AclNeed = { needs: 'READ', of: 'object' };
const WRITE_BUCKET: AclNeed = { needs: 'WRITE', of: 'bucket' };

const bucket = (action: string, acl?: AclNeed): Rule => ({ action, on: 'bucket', ...(acl ? { acl } : {}) });
const object = (action: string, acl?: AclNeed): Rule => ({ action, on: 'object', ...(acl ? { acl } : {}) });

const RULES: Readonly<Record<string, Rule>> = {
  CreateBucket: bucket('s3:CreateBucket'),
  DeleteBucket: bucket('s3:DeleteBucket'),
  ListBuckets: { action: 's3:ListAllMyBuckets', on: 'account' },
  HeadBucket: bucket('s3:ListBucket', READ_BUCKET),
  GetBucketLocation: bucket('s3:GetBucketLocation'),
  ListObjectsV2: bucket('s3:ListBucket', READ_BUCKET),
  PutBucketPolicy: bucket('s3:PutBucketPolicy'),
  GetBucketPolicy: bucket('s3:GetBucketPolicy'),
  DeleteBucketPolicy: bucket('s3:DeleteBucketPolicy'),
  PutPublicAccessBlock: bucket('s3:PutBucketPublicAccessBlock'),
  GetPublicAccessBlock: bucket('s3:GetBucketPublicAccessBlock'),
  DeletePublicAccessBlock: bucket('s3:PutBucketPublicAccessBlock'),
  PutBucketOwnershipControls: bucket('s3:PutBucketOwnershipControls'),
  GetBucketOwnershipControls: bucket('s3:GetBucketOwnershipControls'),
  DeleteBucketOwnershipControls: bucket('s3:PutBucketOwnershipControls'),
  PutBucketAcl: bucket('s3:PutBucketAcl'),
  GetBucketAcl: bucket('s3:GetBucketAcl'),
  PutBucketEncryption: bucket('s3:PutEncryptionConfiguration'),
  GetBucketEncryption: bucket('s3:GetEncryptionConfiguration'),
  DeleteBucketEncryption: bucket('s3:PutEncryptionConfiguration'),
  PutObject: object('s3:PutObject', WRITE_BUCKET),
  GetObject: object('s3:GetObject', READ_OBJECT),
  HeadObject: object('s3:GetObject', READ_OBJECT),
  DeleteObject: object('s3:DeleteObject', WRITE_BUCKET),
  CopyObject: object('s3:PutObject', WRITE_BUCKET),
  PutObjectAcl: object('s3:PutObjectAcl'),
  GetObjectAcl: object('s3:GetObjectAcl'),
  CreateMultipartUpload: object('s3:PutObject', WRITE_BUCKET),
  UploadPart: object('s3:PutObject', WRITE_BUCKET),
  CompleteMultipartUpload: object('s3:PutObject', WRITE_BUCKET),
  AbortMultipartUpload: object('s3:AbortMultipartUpload', WRITE_BUCKET),
  ListParts: object('s3:ListMultipartUploadParts'),
  ListObjects: bucket('s3:ListBucket', READ_BUCKET),
  ListMultipartUploads: bucket('s3:ListBucketMultipartUploads'),
  PutObjectTagging: object('s3:PutObjectTagging'),
  GetObjectTagging: object('s3:GetObjectTagging'),
  DeleteObjectTagging: object('s3:DeleteObjectTagging'),
  PutBucketTagging: bucket('s3:PutBucketTagging'),
  GetBucketTagging: bucket('s3:GetBucketTagging'),
  DeleteBucketTagging: bucket('s3:PutBucketTagging'),
};

/**
 * DeleteObjects is authorized key by key, inside the operation (s3/deleteObjects.ts): each key
 * needs s3:DeleteObject, and S3 answers a denied key with its own AccessDenied inside a 200
 * result rather than refusing the request.
 */
export const deleteObjectCheck = (bucketName: string, key: string): S3Check => ({ action: 's3:DeleteObject', bucket: bucketName, key, acl: WRITE_BUCKET });

const OWNER_ONLY: ReadonlySet<string> = new Set(['private', 'bucket-owner-full-control', 'bucket-owner-read']);

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export function s3Checks(operation: string, input: Readonly<Record<string, unknown>>): S3Check[] {
  const name = text(input.Bucket);
  // Fail closed: an operation nobody mapped yet is checked as s3:<Operation> on its bucket, never waved through.
  const rule = RULES[operation] ?? bucket(`s3:${operation}`);
  const key = text(input.Key);
  const checks: S3Check[] = [];
  if (operation === 'CopyObject') {
    const source = copySourceOf(text(input.CopySource) ?? '');
    if (source) checks.push({ action: 's3:GetObject', bucket: source.bucket, key: source.key, acl: READ_OBJECT });
  }
  if (rule.on === 'account' || name === undefined) checks.push({ action: rule.action });
  else checks.push({ action: rule.action, bucket: name, ...(rule.on === 'object' && key !== undefined ? { key } : {}), ...(rule.acl ? { acl: rule.acl } : {}), carriesHeaders: true });
  // Granting others access while writing an object also needs s3:PutObjectAcl (PutObject API reference). The
  // owner-only canned ACLs do not: CloudTrail writes bucket-owner-full-control under AWS's documented bucket
  // policy, which grants only s3:PutObject (that these need no s3:PutObjectAcl is inferred from that, not documented).
  const grantsOthers = (typeof input.ACL === 'string' && !OWNER_ONLY.has(input.ACL)) || input.GrantRead !== undefined || input.GrantFullControl !== undefined;
  if (grantsOthers && (operation === 'PutObject' || operation === 'CopyObject' || operation === 'CreateMultipartUpload') && name !== undefined && key !== undefined) {
    checks.push({ action: 's3:PutObjectAcl', bucket: name, key, carriesHeaders: true });
  }
  return checks;
}
