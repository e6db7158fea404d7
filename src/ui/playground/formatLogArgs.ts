/**
 * console.log in the sandbox, printed as text: strings as they are, everything else as
 * indented JSON, with bytes (CiphertextBlob, Plaintext) shown as their length and base64
 * and dates as ISO strings, since JSON alone would print them as index maps or lose them.
 */
import { toBase64 } from '../../shared/bytes.ts';

function replacer(this: unknown, key: string, value: unknown): unknown {
  const raw = (this as Record<string, unknown>)[key];
  if (raw instanceof Uint8Array) return `<${raw.length} bytes, base64 ${toBase64(raw)}>`;
  if (raw instanceof Date) return raw.toISOString();
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  return value;
}

export function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return String(value);
  try {
    return JSON.stringify(value, replacer, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

export const formatLogArgs = (args: readonly unknown[]): string => args.map(formatValue).join(' ');
