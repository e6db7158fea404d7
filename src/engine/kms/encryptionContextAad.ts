/**
 * The additional authenticated data of a symmetric ciphertext. It binds the blob's header
 * (key id and key-material id), so a header spliced onto another body fails, and the
 * encryption context in a canonical form, so {a, b} and {b, a} authenticate the same.
 *
 * Layout: "kms-lab/v1" ‖ field(keyId) ‖ field(materialId) ‖ u32(pair count) ‖ (field(key) ‖ field(value))*
 * with field(x) = u32(byte length) ‖ UTF-8 bytes; pairs sorted by key.
 * Length prefixes make the encoding unambiguous: {"ab": "c"} and {"a": "bc"} differ.
 */
import { concatBytes, utf8 } from '../../shared/bytes.ts';

const DOMAIN = utf8('kms-lab/v1');

function u32(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n);
  return out;
}

function field(text: string): Uint8Array {
  const bytes = utf8(text);
  return concatBytes(u32(bytes.length), bytes);
}

/** UTF-16 code-unit order: the same in every JS engine (localeCompare is not). */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function encryptionContextAad(keyId: string, materialId: string, context: Readonly<Record<string, string>>): Uint8Array {
  const keys = Object.keys(context).sort(byCodePoint);
  const pairs = keys.flatMap((k) => [field(k), field(context[k] ?? '')]);
  return concatBytes(DOMAIN, field(keyId), field(materialId), u32(keys.length), ...pairs);
}
