/**
 * S3 in CloudTrail: object-level operations are data events (logged only by trails whose
 * selectors ask for them, never in event history); the rest are management events. Resources
 * name the object and its bucket (CloudTrail User Guide, "Logging data events").
 */
import type { RecordResource } from './state.ts';

const OBJECT_LEVEL = /^(GetObject|PutObject|DeleteObject|DeleteObjects|HeadObject|CopyObject|RestoreObject|SelectObjectContent|CreateMultipartUpload|UploadPart|UploadPartCopy|CompleteMultipartUpload|AbortMultipartUpload|ListParts|GetObjectAcl|PutObjectAcl|GetObjectTagging|PutObjectTagging|DeleteObjectTagging|GetObjectAttributes)$/;

export const isS3DataEvent = (name: string): boolean => OBJECT_LEVEL.test(name);

export function s3Resources(accountId: string, name: string, input: unknown): RecordResource[] | undefined {
  const { Bucket, Key } = (input ?? {}) as { Bucket?: unknown; Key?: unknown };
  if (typeof Bucket !== 'string') return undefined;
  const bucket: RecordResource = { accountId, type: 'AWS::S3::Bucket', ARN: `arn:aws:s3:::${Bucket}` };
  if (!isS3DataEvent(name) || typeof Key !== 'string') return [bucket];
  // The object's owner account is not shown; AWS lists the object without accountId.
  return [{ type: 'AWS::S3::Object', ARN: `arn:aws:s3:::${Bucket}/${Key}` }, bucket];
}
