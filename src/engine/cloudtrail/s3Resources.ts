/**
 * S3 in CloudTrail: object-level operations are data events (logged only by trails whose
 * selectors ask for them, never in event history); the rest are management events. Resources
 * name the object and its bucket (CloudTrail User Guide, "Logging data events"). Listing a
 * bucket's objects is a data event too: AWS records ListObjects and ListObjectsV2 with
 * "eventCategory": "Data", naming the bucket and the objects under it by an ARNPrefix.
 */
import type { RecordResource } from './state.ts';

const OBJECT_LEVEL = /^(GetObject|PutObject|DeleteObject|DeleteObjects|HeadObject|CopyObject|RestoreObject|SelectObjectContent|CreateMultipartUpload|UploadPart|UploadPartCopy|CompleteMultipartUpload|AbortMultipartUpload|ListParts|GetObjectAcl|PutObjectAcl|GetObjectTagging|PutObjectTagging|DeleteObjectTagging|GetObjectAttributes|ListObjects|ListObjectsV2|ListObjectVersions)$/;

const LISTINGS: ReadonlySet<string> = new Set(['ListObjects', 'ListObjectsV2', 'ListObjectVersions']);

export const isS3DataEvent = (name: string): boolean => OBJECT_LEVEL.test(name);

/** CloudTrail names a ListObjectsV2 call "ListObjects" and tells them apart by requestParameters' "list-type": "2". */
export const s3EventName = (name: string): string => (name === 'ListObjectsV2' ? 'ListObjects' : name);

export function s3Resources(accountId: string, name: string, input: unknown): RecordResource[] | undefined {
  const { Bucket, Key, Prefix } = (input ?? {}) as { Bucket?: unknown; Key?: unknown; Prefix?: unknown };
  if (typeof Bucket !== 'string') return undefined;
  const bucket: RecordResource = { accountId, type: 'AWS::S3::Bucket', ARN: `arn:aws:s3:::${Bucket}` };
  // Seen from AWS with no prefix ("arn:aws:s3:::bucket/"); with one, the prefix is assumed to follow.
  if (LISTINGS.has(name)) return [bucket, { type: 'AWS::S3::Object', ARNPrefix: `arn:aws:s3:::${Bucket}/${typeof Prefix === 'string' ? Prefix : ''}` }];
  if (!isS3DataEvent(name) || typeof Key !== 'string') return [bucket];
  // The object's owner account is not shown; AWS lists the object without accountId.
  return [{ type: 'AWS::S3::Object', ARN: `arn:aws:s3:::${Bucket}/${Key}` }, bucket];
}
