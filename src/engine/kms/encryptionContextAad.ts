/**
 * The additional authenticated data of a symmetric ciphertext. It binds the blob's header
 * (key id and key-material id), so a header spliced onto another body fails, and the
 * encryption context in a canonical form, so {a, b} and {b, a} authenticate the same.
 *
 * Layout: "kms-lab/v1" ‖ field(keyId) ‖ field(materialId) ‖ u32(pair count) ‖ (field(key) ‖ field(value))*
 * with field(x) = u32(byte length) ‖ UTF-8 bytes; pairs sorted by key.
 * Length prefixes make the encoding unambiguous: {"ab": "c"} and {"a": "bc"} differ.
 */
import { utf8 } from '../../shared/bytes.ts';

const DOMAIN = 'kms-lab/v1';

/** UTF-16 code-unit order: the same in every JS engine (localeCompare is not). */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** A field's UTF-8 form: ASCII (ids, most contexts) stays a string, being its own UTF-8. */
const encoded = (text: string): string | Uint8Array => (isAscii(text) ? text : utf8(text));

/** Writes u32(length) ‖ bytes at `at` and returns where the next field starts. */
function writeField(out: Uint8Array, at: number, field: string | Uint8Array): number {
  const n = field.length;
  out[at] = n >>> 24;
  out[at + 1] = (n >>> 16) & 0xff;
  out[at + 2] = (n >>> 8) & 0xff;
  out[at + 3] = n & 0xff;
  at += 4;
  if (typeof field !== 'string') out.set(field, at);
  else for (let i = 0; i < n; i++) out[at + i] = field.charCodeAt(i);
  return at + n;
}

// Encrypt and Decrypt build this on every call: sized first, then written once, with no closures
// or intermediate arrays beyond the fields themselves.
export function encryptionContextAad(keyId: string, materialId: string, context: Readonly<Record<string, string>>): Uint8Array {
  const keys = Object.keys(context).sort(byCodePoint);
  const fields: (string | Uint8Array)[] = [encoded(keyId), encoded(materialId)];
  for (const key of keys) fields.push(encoded(key), encoded(context[key] ?? ''));
  let size = DOMAIN.length + 4;
  for (const field of fields) size += 4 + field.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (; at < DOMAIN.length; at++) out[at] = DOMAIN.charCodeAt(at);
  at = writeField(out, at, fields[0]!);
  at = writeField(out, at, fields[1]!);
  const count = keys.length;
  out[at] = count >>> 24;
  out[at + 1] = (count >>> 16) & 0xff;
  out[at + 2] = (count >>> 8) & 0xff;
  out[at + 3] = count & 0xff;
  at += 4;
  for (let i = 2; i < fields.length; i++) at = writeField(out, at, fields[i]!);
  return out;
}
