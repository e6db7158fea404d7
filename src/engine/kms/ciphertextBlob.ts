/**
 * The symmetric ciphertext blob. Like AWS's, it names the key that made it, so Decrypt needs
 * no KeyId, and the key material, so old ciphertext still decrypts after rotation.
 *
 *   offset  size  content
 *   0       4     magic "KLC" + format version 0x01
 *   4       1     key id length n (1–64)
 *   5       n     key id, ASCII (uuid or mrk-…)
 *   5+n     32    key-material id (the HSM's 64 hex digits, as bytes)
 *   37+n    4     CRC-32 of bytes 0 … 36+n (big-endian): a corrupted header is a bad blob
 *   41+n    2     sealed length L (big-endian), at least 28
 *   43+n    L     the HSM's sealed bytes: iv(12) ‖ AES-256-GCM ciphertext ‖ tag(16)
 *
 * Nothing may follow the sealed bytes: a blob with trailing bytes is malformed, as is one that
 * is truncated anywhere. The header is also bound into the AES-GCM AAD (encryptionContextAad.ts),
 * so a header spliced onto another body, with its CRC recomputed, still fails to open.
 */
import { concatBytes, toHex } from '../../shared/bytes.ts';
import { assert } from '../../shared/assert.ts';
import { crc32 } from './crc32.ts';

export type CiphertextBlob = { readonly keyId: string; readonly materialId: string; readonly sealed: Uint8Array };

const MAGIC = [0x4b, 0x4c, 0x43, 0x01];
const MATERIAL_BYTES = 32;
const MIN_SEALED = 12 + 16;
const KEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^mrk-[0-9a-f]{32}$/;
const MATERIAL_ID = /^[0-9a-f]{64}$/;

function materialBytes(materialId: string): Uint8Array {
  const out = new Uint8Array(MATERIAL_BYTES);
  for (let i = 0; i < MATERIAL_BYTES; i++) out[i] = parseInt(materialId.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Magic, key id, material id and their CRC: the same for every blob of one key material. */
function headerOf(keyId: string, materialId: string): Uint8Array {
  // Only the engine builds blobs; a bad id here is a bug, not a learner's mistake.
  assert(KEY_ID.test(keyId) && MATERIAL_ID.test(materialId), `cannot name ${keyId}/${materialId} in a ciphertext blob`);
  const id = Uint8Array.from(keyId, (c) => c.charCodeAt(0));
  const header = concatBytes(Uint8Array.from(MAGIC), Uint8Array.of(id.length), id, materialBytes(materialId));
  const check = new Uint8Array(4);
  new DataView(check.buffer).setUint32(0, crc32(header));
  return concatBytes(header, check);
}

// Encrypt writes a blob on every call, nearly always for the same few key materials.
const headers = new Map<string, Uint8Array>();
const MAX_HEADERS = 1000;

function knownHeaderOf(keyId: string, materialId: string): Uint8Array {
  const name = `${keyId}/${materialId}`;
  let header = headers.get(name);
  if (!header) {
    header = headerOf(keyId, materialId);
    if (headers.size >= MAX_HEADERS) headers.clear();
    headers.set(name, header);
  }
  return header;
}

export function formatCiphertextBlob({ keyId, materialId, sealed }: CiphertextBlob): Uint8Array {
  assert(sealed.length >= MIN_SEALED && sealed.length <= 0xffff, `sealed length ${sealed.length} does not fit a ciphertext blob`);
  const header = knownHeaderOf(keyId, materialId);
  const blob = new Uint8Array(header.length + 2 + sealed.length);
  blob.set(header);
  blob[header.length] = sealed.length >> 8;
  blob[header.length + 1] = sealed.length & 0xff;
  blob.set(sealed, header.length + 2);
  // CloudTrail reads the new blob's key and material: it need not parse what was just written.
  remember(blob, header, { keyId, materialId, sealed: blob.subarray(header.length + 2) });
  return blob;
}

/**
 * The last blob parsed or made. Decrypt reads one blob four times (authorization, the HSM,
 * CloudTrail's key and key material) and CloudTrail reads Encrypt's new blob once more. The
 * blob is known by identity and by a copy of its header (the bytes up to the sealed ones), so
 * a caller who changes the bytes of the same array in place has them parsed again.
 */
let last: { readonly blob: Uint8Array; readonly header: Uint8Array; readonly length: number; readonly parsed: CiphertextBlob } | undefined;

function remember(blob: Uint8Array, header: Uint8Array, parsed: CiphertextBlob): void {
  last = { blob, header, length: blob.length, parsed };
}

function recalled(blob: Uint8Array): CiphertextBlob | undefined {
  if (!last || last.blob !== blob || last.length !== blob.length) return undefined;
  const { header } = last;
  for (let i = 0; i < header.length; i++) if (blob[i] !== header[i]) return undefined;
  // The sealed length, the two bytes after the header.
  const at = header.length;
  const sealedLength = last.parsed.sealed.length;
  return blob[at] === sealedLength >> 8 && blob[at + 1] === (sealedLength & 0xff) ? last.parsed : undefined;
}

/** The blob's parts, or undefined for anything that is not exactly a blob this format makes. */
export function parseCiphertextBlob(blob: Uint8Array): CiphertextBlob | undefined {
  const known = recalled(blob);
  if (known) return known;
  if (blob.length < MAGIC.length + 1 || MAGIC.some((b, i) => blob[i] !== b)) return undefined;
  const n = blob[4] ?? 0;
  const materialAt = 5 + n;
  const checkAt = materialAt + MATERIAL_BYTES;
  const lengthAt = checkAt + 4;
  const sealedAt = lengthAt + 2;
  if (blob.length < sealedAt) return undefined;
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  if (view.getUint32(checkAt) !== crc32(blob.subarray(0, checkAt))) return undefined;
  let keyId = '';
  for (let i = 5; i < materialAt; i++) keyId += String.fromCharCode(blob[i]!);
  const sealedLength = view.getUint16(lengthAt);
  if (!KEY_ID.test(keyId) || sealedLength < MIN_SEALED || blob.length !== sealedAt + sealedLength) return undefined;
  // A view, not a copy: the sealed bytes are read where they are.
  const parsed = { keyId, materialId: toHex(blob.subarray(materialAt, checkAt)), sealed: blob.subarray(sealedAt) };
  remember(blob, blob.slice(0, lengthAt), parsed);
  return parsed;
}
