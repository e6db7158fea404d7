/**
 * Field-by-field comparison of our CloudTrail records with AWS's published ones: the same
 * members at every level with the same kinds of value, so values that differ by nature
 * (ids, times, addresses) do not hide a missing or extra field.
 */
import type { CloudTrailRecord } from '../state.ts';
import awsRecords from './awsKmsRecords.json';

export type AwsRecordName = Exclude<keyof typeof awsRecords, '_about'>;

export const awsRecord = (name: AwsRecordName): Record<string, unknown> => awsRecords[name] as Record<string, unknown>;

/** A value's shape: member names and value kinds, recursively; map-like members (encryption context) keep their keys. */
export function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (value === null) return null;
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
  return typeof value;
}

/** The record's shape without the members listed (those the example has for reasons outside the lab). */
export function shapeWithout(record: CloudTrailRecord | Record<string, unknown>, ...members: string[]): unknown {
  const copy: Record<string, unknown> = { ...record };
  for (const m of members) delete copy[m];
  return shapeOf(copy);
}
