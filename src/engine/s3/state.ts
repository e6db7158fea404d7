/**
 * S3's part of the account's state: plain JSON. Object bytes are kept as base64 of their
 * ciphertext — every object is encrypted at rest (SSE-S3 or SSE-KMS), as in AWS since 2023.
 */
export type CannedAcl = 'private' | 'public-read' | 'public-read-write' | 'authenticated-read';

export type PublicAccessBlock = {
  BlockPublicAcls: boolean;
  IgnorePublicAcls: boolean;
  BlockPublicPolicy: boolean;
  RestrictPublicBuckets: boolean;
};

export type ObjectOwnership = 'BucketOwnerEnforced' | 'BucketOwnerPreferred' | 'ObjectWriter';

/** A bucket's default encryption rule (GetBucketEncryption's one Rule). */
export type DefaultEncryption = {
  sseAlgorithm: 'AES256' | 'aws:kms' | 'aws:kms:dsse';
  kmsMasterKeyId?: string;
  bucketKeyEnabled: boolean;
};

/** How one object's bytes are sealed. */
export type ObjectEncryption =
  | { algorithm: 'AES256' }
  | {
      algorithm: 'aws:kms';
      /** Always the key ARN, as S3 reports it. */
      keyArn: string;
      bucketKeyEnabled: boolean;
      /** The encryption context S3 passed to KMS (needed again to Decrypt the data key). */
      context: Record<string, string>;
      /** base64 of the KMS ciphertext blob of the object's data key. */
      encryptedDataKey: string;
    };

export type S3Object = {
  key: string;
  size: number;
  /** Quoted, as on the wire: "d41d8cd9…" or "…-3" for multipart. */
  etag: string;
  lastModified: number;
  contentType: string;
  metadata: Record<string, string>;
  /** Other stored headers: Cache-Control, Content-Disposition, Content-Encoding, Content-Language. */
  headers: Record<string, string>;
  acl: CannedAcl;
  encryption: ObjectEncryption;
  /** base64 of iv ‖ AES-256-GCM ciphertext of the object's bytes. */
  sealed: string;
  /** PutObjectTagging's tag set, in the order given; absent when untagged. */
  tags?: Record<string, string>;
};

export type UploadPart = { partNumber: number; etag: string; size: number; lastModified: number; data: string };

export type MultipartUpload = {
  uploadId: string;
  key: string;
  initiated: number;
  contentType: string;
  metadata: Record<string, string>;
  headers: Record<string, string>;
  acl: CannedAcl;
  /** The encryption the finished object will get (decided when the upload starts). */
  /** SSE-KMS uploads get their data key when they start; completing them needs kms:Decrypt, as in AWS. */
  encryption: ObjectEncryption;
  /** Each part sealed under S3's own key until CompleteMultipartUpload seals the whole object. */
  parts: Record<string, UploadPart>;
};

export type S3Bucket = {
  name: string;
  region: string;
  creationDate: number;
  policy?: string;
  publicAccessBlock?: PublicAccessBlock;
  ownership?: ObjectOwnership;
  acl: CannedAcl;
  encryption?: DefaultEncryption;
  objects: Record<string, S3Object>;
  uploads: Record<string, MultipartUpload>;
  /** PutBucketTagging's tag set; absent until one is put (GetBucketTagging then says NoSuchTagSet). */
  tags?: Record<string, string>;
};

export type S3State = {
  buckets: Record<string, S3Bucket>;
  /** The HSM material of S3's own SSE-S3 key, made on first use. */
  sseS3MaterialId?: string;
};

export const emptyS3State = (): S3State => ({ buckets: {} });

/** Saves from before S3 existed have no s3 part: restore gives them an empty one. */
export const withS3State = <T extends { s3?: S3State }>(state: T): T & { s3: S3State } => ({ ...state, s3: state.s3 ?? emptyS3State() });
