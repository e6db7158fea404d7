/**
 * Which S3 operation a request is: method + whether it names a bucket and a key + its
 * sub-resource query flags (?policy, ?uploads, ?list-type=2 …) + a copy-source header.
 * JS v3 adds x-id=GetObject and the like; S3 routes without it, and so does this.
 */
import type { S3Address } from './s3Address.ts';

const BUCKET_SUBRESOURCES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  policy: { PUT: 'PutBucketPolicy', GET: 'GetBucketPolicy', DELETE: 'DeleteBucketPolicy' },
  publicAccessBlock: { PUT: 'PutPublicAccessBlock', GET: 'GetPublicAccessBlock', DELETE: 'DeletePublicAccessBlock' },
  ownershipControls: { PUT: 'PutBucketOwnershipControls', GET: 'GetBucketOwnershipControls', DELETE: 'DeleteBucketOwnershipControls' },
  acl: { PUT: 'PutBucketAcl', GET: 'GetBucketAcl' },
  encryption: { PUT: 'PutBucketEncryption', GET: 'GetBucketEncryption', DELETE: 'DeleteBucketEncryption' },
  location: { GET: 'GetBucketLocation' },
  uploads: { GET: 'ListMultipartUploads' },
  delete: { POST: 'DeleteObjects' },
  versioning: { GET: 'GetBucketVersioning', PUT: 'PutBucketVersioning' },
  tagging: { GET: 'GetBucketTagging', PUT: 'PutBucketTagging', DELETE: 'DeleteBucketTagging' },
  cors: { GET: 'GetBucketCors', PUT: 'PutBucketCors', DELETE: 'DeleteBucketCors' },
  lifecycle: { GET: 'GetBucketLifecycleConfiguration', PUT: 'PutBucketLifecycleConfiguration', DELETE: 'DeleteBucketLifecycle' },
  website: { GET: 'GetBucketWebsite', PUT: 'PutBucketWebsite', DELETE: 'DeleteBucketWebsite' },
  logging: { GET: 'GetBucketLogging', PUT: 'PutBucketLogging' },
  notification: { GET: 'GetBucketNotificationConfiguration', PUT: 'PutBucketNotificationConfiguration' },
  policyStatus: { GET: 'GetBucketPolicyStatus' },
};

function bucketOperation(method: string, flags: ReadonlyMap<string, string>): string | undefined {
  for (const [flag, byMethod] of Object.entries(BUCKET_SUBRESOURCES)) if (flags.has(flag)) return byMethod[method];
  switch (method) {
    case 'PUT': return 'CreateBucket';
    case 'DELETE': return 'DeleteBucket';
    case 'HEAD': return 'HeadBucket';
    case 'GET': return flags.get('list-type') === '2' ? 'ListObjectsV2' : 'ListObjects';
    default: return undefined;
  }
}

function objectOperation(method: string, flags: ReadonlyMap<string, string>, headers: Readonly<Record<string, string>>): string | undefined {
  const copy = headers['x-amz-copy-source'] !== undefined;
  if (flags.has('acl')) return ({ PUT: 'PutObjectAcl', GET: 'GetObjectAcl' } as Record<string, string>)[method];
  if (flags.has('tagging')) return ({ PUT: 'PutObjectTagging', GET: 'GetObjectTagging', DELETE: 'DeleteObjectTagging' } as Record<string, string>)[method];
  if (flags.has('uploads')) return method === 'POST' ? 'CreateMultipartUpload' : undefined;
  if (flags.has('uploadId')) {
    switch (method) {
      case 'PUT': return copy ? 'UploadPartCopy' : 'UploadPart';
      case 'POST': return 'CompleteMultipartUpload';
      case 'DELETE': return 'AbortMultipartUpload';
      case 'GET': return 'ListParts';
      default: return undefined;
    }
  }
  switch (method) {
    case 'PUT': return copy ? 'CopyObject' : 'PutObject';
    case 'GET': return 'GetObject';
    case 'HEAD': return 'HeadObject';
    case 'DELETE': return 'DeleteObject';
    default: return undefined;
  }
}

/** The operation's name, or undefined when S3 has no operation for this method on this resource. */
export function s3Operation(method: string, address: S3Address, query: readonly (readonly [string, string])[], headers: Readonly<Record<string, string>>): string | undefined {
  const flags = new Map(query.map(([k, v]) => [k, v]));
  if (address.bucket === undefined) return method === 'GET' ? 'ListBuckets' : undefined;
  if (address.key === undefined) return bucketOperation(method, flags);
  return objectOperation(method, flags, headers);
}
