/**
 * The one place a log file leaves CloudTrail: an s3:PutObject into the trail's bucket through
 * dispatch, as the CloudTrail service principal acting for the trail — so the bucket policy
 * decides, as in AWS — with bucket-owner-full-control, and under SSE-KMS when the trail names a
 * key (encryption context aws:cloudtrail:arn = the trail; the key policy must let CloudTrail
 * call GenerateDataKey*). If the write fails, the file stays in CloudTrail's state
 * (state.cloudtrail.logFiles, visible through inspect) and the trail's status shows the error.
 */
import type { Account } from '../account.ts';
import { dispatch } from '../dispatch.ts';
import { toBase64, utf8 } from '../../shared/bytes.ts';
import { CLOUDTRAIL_SOURCE, cloudTrailCaller } from './cloudTrailCaller.ts';
import { logFilesOf, type Trail } from './state.ts';

export type LogFileDelivery = {
  readonly bucket: string;
  readonly key: string;
  /** gzip of {"Records":[…]}. */
  readonly body: Uint8Array;
  readonly deliveredAt: number;
};

const encryptionFor = (trail: Trail) =>
  trail.kmsKeyId === undefined
    ? {}
    : { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: trail.kmsKeyId, SSEKMSEncryptionContext: toBase64(utf8(JSON.stringify({ 'aws:cloudtrail:arn': trail.arn }))) };

/** Writes the file; true when it reached the bucket. */
export async function deliverLogFile(account: Account, trail: Trail, file: LogFileDelivery): Promise<boolean> {
  const outcome = await dispatch(account, {
    action: 's3:PutObject',
    input: { Bucket: file.bucket, Key: file.key, Body: file.body, ACL: 'bucket-owner-full-control', ...encryptionFor(trail) },
    caller: cloudTrailCaller(account, trail.arn),
    source: CLOUDTRAIL_SOURCE,
  });
  if (outcome.ok) {
    delete trail.latestDeliveryError;
    return true;
  }
  trail.latestDeliveryError = outcome.error.code;
  logFilesOf(account.state.cloudtrail).push({ bucket: file.bucket, key: file.key, deliveredAt: file.deliveredAt, gzipBase64: toBase64(file.body) });
  return false;
}
