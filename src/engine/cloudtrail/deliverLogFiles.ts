/**
 * Scheduled work: each trail delivers what it collected as a gzip JSON log file
 * {"Records":[…]}, a delivery delay after its oldest waiting event (5 simulated minutes by
 * default; AWS "typically delivers logs within an average of about 5 minutes"). Fast-forwarding
 * the clock delivers every file that has come due, each stamped with its own delivery time.
 */
import { gzipSync } from 'fflate';
import type { Account } from '../account.ts';
import type { NextDue, ScheduledWork } from '../scheduled.ts';
import { utf8 } from '../../shared/bytes.ts';
import { deliverLogFile } from './deliverLogFile.ts';
import { logFileKey, uniqueStringOf } from './logFileKey.ts';
import { deliveryDelayOf, trailsOf, type CloudTrailRecord, type Trail } from './state.ts';

export { DEFAULT_DELIVERY_DELAY_MS } from './state.ts';

const timeOf = (record: CloudTrailRecord) => Date.parse(record.eventTime);

/** The gzip bytes of a log file; mtime is the delivery time so the bytes are reproducible. */
export const gzipLogFile = (records: readonly CloudTrailRecord[], deliveredAt: number): Uint8Array =>
  gzipSync(utf8(JSON.stringify({ Records: records })), { mtime: deliveredAt });

const oldestPending = (trail: Trail) => trail.pending.reduce((oldest, r) => Math.min(oldest, timeOf(r)), Infinity);

const delayOf = (account: Account) => deliveryDelayOf(account.state.cloudtrail);

/** When the first waiting log file of any trail is due. */
export const nextDeliveryDue: NextDue = (account) =>
  Object.values(trailsOf(account.state.cloudtrail)).reduce((soonest, trail) => Math.min(soonest, oldestPending(trail) + delayOf(account)), Infinity);

async function deliverDue(account: Account, trail: Trail, now: number, delay: number): Promise<void> {
  while (trail.pending.length > 0) {
    const deliveredAt = oldestPending(trail) + delay;
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
  const delay = delayOf(account);
  for (const trail of Object.values(trailsOf(account.state.cloudtrail))) await deliverDue(account, trail, now, delay);
};
