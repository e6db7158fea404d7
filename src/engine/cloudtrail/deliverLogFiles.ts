/**
 * Scheduled work: each trail delivers what it collected as a gzip JSON log file
 * {"Records":[…]}, a delivery delay after its oldest waiting event (5 simulated minutes by
 * default; AWS "typically delivers logs within an average of about 5 minutes"). Fast-forwarding
 * the clock delivers every file that has come due, each stamped with its own delivery time.
 */
import { gzipSync } from 'fflate';
import type { Account } from '../account.ts';
import type { ScheduledWork } from '../scheduled.ts';
import { utf8 } from '../../shared/bytes.ts';
import { deliverLogFile } from './deliverLogFile.ts';
import { logFileKey, uniqueStringOf } from './logFileKey.ts';
import { trailsOf, type CloudTrailRecord, type Trail } from './state.ts';

export const DEFAULT_DELIVERY_DELAY_MS = 5 * 60 * 1000;

const timeOf = (record: CloudTrailRecord) => Date.parse(record.eventTime);

/** The gzip bytes of a log file; mtime is the delivery time so the bytes are reproducible. */
export const gzipLogFile = (records: readonly CloudTrailRecord[], deliveredAt: number): Uint8Array =>
  gzipSync(utf8(JSON.stringify({ Records: records })), { mtime: deliveredAt });

async function deliverDue(account: Account, trail: Trail, now: number, delay: number): Promise<void> {
  while (trail.pending.length > 0) {
    const deliveredAt = trail.pending.reduce((oldest, r) => Math.min(oldest, timeOf(r)), Infinity) + delay;
    if (deliveredAt > now) return;
    const records = trail.pending.filter((r) => timeOf(r) <= deliveredAt);
    // Taken out before writing: the write goes through dispatch, which runs scheduled work again.
    trail.pending = trail.pending.filter((r) => timeOf(r) > deliveredAt);
    const { accountId, region } = account.facts;
    const key = logFileKey(accountId, region, deliveredAt, uniqueStringOf(account.platform.ids.uuid()), trail.s3KeyPrefix);
    const delivered = await deliverLogFile(account, trail, { bucket: trail.s3BucketName, key, body: gzipLogFile(records, deliveredAt), deliveredAt });
    if (delivered) trail.latestDeliveryTime = deliveredAt;
    trail.latestDeliveryAttemptTime = deliveredAt;
  }
}

export const deliverLogFiles: ScheduledWork = async (account, now) => {
  const { cloudtrail } = account.state;
  const delay = cloudtrail.deliveryDelayMs ?? DEFAULT_DELIVERY_DELAY_MS;
  for (const trail of Object.values(trailsOf(cloudtrail))) await deliverDue(account, trail, now, delay);
};
