/**
 * The one place a log file leaves CloudTrail. S3 is not part of the account yet, so delivered
 * files are kept in CloudTrail's state (state.cloudtrail.logFiles, visible through inspect).
 * When S3 lands, this writes the object into the trail's bucket through dispatch as the
 * CloudTrail service principal (cloudtrail.amazonaws.com), so the bucket policy decides, as in
 * AWS; the file stays here only if that write fails.
 */
import type { Account } from '../account.ts';
import { toBase64 } from '../../shared/bytes.ts';
import { logFilesOf } from './state.ts';

export type LogFileDelivery = {
  readonly bucket: string;
  readonly key: string;
  /** gzip of {"Records":[…]}. */
  readonly body: Uint8Array;
  readonly deliveredAt: number;
};

export async function deliverLogFile(account: Account, file: LogFileDelivery): Promise<void> {
  logFilesOf(account.state.cloudtrail).push({ bucket: file.bucket, key: file.key, deliveredAt: file.deliveredAt, gzipBase64: toBase64(file.body) });
}
