/** The console's text form of an encryption context: one key=value pair per line. */
import type { Result } from '../../shared/result.ts';
import type { EncryptionContext } from './kmsApi.ts';

/** Blank lines are ignored; an empty text means "no encryption context" (undefined). */
export function parseEncryptionContext(text: string): Result<EncryptionContext | undefined, { line: number }> {
  const context: EncryptionContext = {};
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const at = line.indexOf('=');
    // A pair needs a key; the value may be empty only if AWS allows it, so let KMS decide.
    if (at <= 0) return { ok: false, error: { line: index + 1 } };
    context[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return { ok: true, value: Object.keys(context).length === 0 ? undefined : context };
}

export const formatEncryptionContext = (context: EncryptionContext | undefined): string =>
  Object.entries(context ?? {}).map(([key, value]) => `${key}=${value}`).join('\n');
