/**
 * A log file the trail delivered into its bucket holds a record of the call — what the
 * Builder Lab's Task 5 has the learner find by opening the .json.gz under AWSLogs/…: by event
 * name, and optionally the key (resources[].ARN), the encryption context exactly as the record
 * logs it, and the object key of an S3 data event (requestParameters.key). The files are read
 * through the client's read-only peekObject, so checking records no call.
 */
import { gunzipSync } from 'fflate';
import { fail, pass, type AccountView, type CheckKind, type CheckResult } from './checkKind.ts';
import { aliasName, findKeyByAlias } from './findKey.ts';
import { isLogFileKey } from './findBucket.ts';
import { object, oneOf, optional, recordOf, str } from '../validate/validators.ts';
import type { EngineClient } from '../../client/engineClient.ts';

export type LogFileHasEventCheck = {
  readonly kind: 'logFileHasEvent';
  readonly trail: string;
  readonly eventName: string;
  readonly alias?: string;
  readonly encryptionContext?: Readonly<Record<string, string>>;
  readonly objectKey?: string;
};

export const logFileHasEvent = (fields: Omit<LogFileHasEventCheck, 'kind'>): LogFileHasEventCheck => ({ kind: 'logFileHasEvent', ...fields });

type LoggedRecord = AccountView['cloudtrail']['events'][number];

// Log files never change once written; an object overwritten in place gets a new ETag.
const opened = new Map<string, readonly LoggedRecord[]>();

async function recordsOf(client: EngineClient, bucket: string, key: string, etag: string): Promise<readonly LoggedRecord[]> {
  const cacheKey = `${bucket}/${key}/${etag}`;
  const cached = opened.get(cacheKey);
  if (cached) return cached;
  const bytes = await client.peekObject(bucket, key);
  let records: readonly LoggedRecord[] = [];
  try {
    if (bytes) records = (JSON.parse(new TextDecoder().decode(gunzipSync(bytes))) as { Records?: LoggedRecord[] }).Records ?? [];
  } catch {
    // Not a log file CloudTrail wrote (the learner uploaded something under AWSLogs/): no records.
  }
  opened.set(cacheKey, records);
  return records;
}

const contextOf = (record: LoggedRecord) => (record.requestParameters?.encryptionContext ?? {}) as Record<string, unknown>;

export const logFileHasEventKind: CheckKind<LogFileHasEventCheck> = {
  kind: 'logFileHasEvent',
  validate: object({
    kind: oneOf('logFileHasEvent'), trail: str, eventName: str, alias: optional(str), encryptionContext: optional(recordOf(str)), objectKey: optional(str),
  }),
  async evaluate(check, { state, client, resolve }): Promise<CheckResult> {
    const params = { trail: check.trail, eventName: check.eventName };
    const trail = state.cloudtrail.trails?.[check.trail];
    if (!trail) return fail('logFileHasEvent.noTrail', params);
    const files = Object.values(state.s3.buckets[trail.s3BucketName]?.objects ?? {}).filter((o) => isLogFileKey(o.key));
    if (files.length === 0) return fail('logFileHasEvent.noFiles', { ...params, bucket: trail.s3BucketName });
    const records = (await Promise.all(files.map((f) => recordsOf(client, trail.s3BucketName, f.key, f.etag)))).flat();
    let matching = records.filter((r) => r.eventName === check.eventName);
    if (matching.length === 0) return fail('logFileHasEvent.none', { ...params, files: files.length });
    if (check.alias !== undefined) {
      const key = findKeyByAlias(state, check.alias);
      matching = matching.filter((r) => r.resources?.some((res) => res.ARN === key?.arn));
      if (matching.length === 0) return fail('logFileHasEvent.otherKey', { ...params, alias: aliasName(check.alias) });
    }
    const wanted = check.encryptionContext;
    if (wanted) {
      const filled = Object.entries(wanted).map(([k, v]) => [k, resolve(v) ?? v] as const);
      matching = matching.filter((r) => filled.every(([k, v]) => contextOf(r)[k] === v));
      if (matching.length === 0) return fail('logFileHasEvent.otherContext', { ...params, context: JSON.stringify(Object.fromEntries(filled)) });
    }
    if (check.objectKey !== undefined) {
      matching = matching.filter((r) => r.requestParameters?.key === check.objectKey);
      if (matching.length === 0) return fail('logFileHasEvent.otherObject', { ...params, objectKey: check.objectKey });
    }
    return pass('logFileHasEvent.found', { ...params, eventTime: matching.at(-1)!.eventTime });
  },
};
