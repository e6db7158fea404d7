/**
 * An SDK output as the AWS CLI sees a response: blobs as base64 text, timestamps as ISO 8601
 * the way Python's datetime.isoformat() prints them (CLI v2's default
 * cli_timestamp_format=iso8601; the lab's local zone is UTC), SDK metadata dropped.
 */
import { toBase64 } from '../../shared/bytes.ts';

export type CliValue = string | number | boolean | null | CliValue[] | { [key: string]: CliValue };

export function isoTimestamp(date: Date): string {
  const ms = date.getUTCMilliseconds();
  const seconds = date.toISOString().slice(0, 19);
  return `${seconds}${ms === 0 ? '' : `.${String(ms).padStart(3, '0')}000`}+00:00`;
}

export function toCliValue(value: unknown): CliValue | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isoTimestamp(value);
  if (value instanceof Uint8Array) return toBase64(value);
  if (Array.isArray(value)) return value.map((item) => toCliValue(item) ?? null);
  if (typeof value === 'object') {
    const out: Record<string, CliValue> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === '$metadata') continue;
      const converted = toCliValue(item);
      if (converted !== undefined) out[key] = converted;
    }
    return out;
  }
  return String(value);
}
