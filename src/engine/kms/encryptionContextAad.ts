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

/** The UTF-8 bytes of each string; ASCII (ids, most contexts) is written directly, being its own UTF-8. */
function encodeAll(texts: readonly string[]): (string | Uint8Array)[] {
  return texts.map((text) => (isAscii(text) ? text : utf8(text)));
}

// Encrypt and Decrypt build this on every call: sized first, then written once, without per-field arrays.
export function encryptionContextAad(keyId: string, materialId: string, context: Readonly<Record<string, string>>): Uint8Array {
  const keys = Object.keys(context).sort(byCodePoint);
  const fields = encodeAll([keyId, materialId, ...keys.flatMap((k) => [k, context[k] ?? ''])]);
  const out = new Uint8Array(DOMAIN.length + 4 + fields.reduce((n, f) => n + 4 + f.length, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  const writeAscii = (text: string) => {
    for (let i = 0; i < text.length; i++) out[at++] = text.charCodeAt(i);
  };
  const writeField = (field: string | Uint8Array) => {
    view.setUint32(at, field.length);
    at += 4;
    if (typeof field === 'string') writeAscii(field);
    else {
      out.set(field, at);
      at += field.length;
    }
  };
  writeAscii(DOMAIN);
  writeField(fields[0]!);
  writeField(fields[1]!);
  view.setUint32(at, keys.length);
  at += 4;
  for (const field of fields.slice(2)) writeField(field);
  return out;
}
