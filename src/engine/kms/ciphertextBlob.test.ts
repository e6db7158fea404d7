import { describe, expect, it } from 'vitest';
import { formatCiphertextBlob, parseCiphertextBlob } from './ciphertextBlob.ts';

const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
const materialId = 'ab'.repeat(32);
const sealed = Uint8Array.from({ length: 40 }, (_, i) => i);
const blob = formatCiphertextBlob({ keyId, materialId, sealed });

describe('ciphertextBlob', () => {
  it('reads back the key id, material id and sealed bytes it wrote', () => {
    expect(parseCiphertextBlob(blob)).toEqual({ keyId, materialId, sealed });
  });

  it('names multi-Region key ids too', () => {
    const mrk = `mrk-${'0f'.repeat(16)}`;
    expect(parseCiphertextBlob(formatCiphertextBlob({ keyId: mrk, materialId, sealed }))?.keyId).toBe(mrk);
  });

  it('rejects every truncation of a blob', () => {
    for (let n = 0; n < blob.length; n++) expect(parseCiphertextBlob(blob.subarray(0, n))).toBeUndefined();
  });

  it('rejects a blob with trailing bytes', () => {
    expect(parseCiphertextBlob(Uint8Array.of(...blob, 0))).toBeUndefined();
  });

  it('rejects bytes that do not start with the format marker', () => {
    const other = blob.slice();
    other[0] = 0x01;
    expect(parseCiphertextBlob(other)).toBeUndefined();
  });

  it('rejects a header whose key id is not a key id', () => {
    const other = blob.slice();
    other[5] = 'Z'.charCodeAt(0);
    expect(parseCiphertextBlob(other)).toBeUndefined();
  });

  it('rejects a header with any single bit flipped, so a corrupted key id is never looked up', () => {
    const headerBits = (blob.length - sealed.length) * 8;
    for (let bit = 0; bit < headerBits; bit++) {
      const other = blob.slice();
      other[bit >> 3] = (other[bit >> 3] ?? 0) ^ (1 << (bit & 7));
      expect(parseCiphertextBlob(other)).toBeUndefined();
    }
  });

  it('refuses to write a blob for material ids that are not 64 hex digits', () => {
    expect(() => formatCiphertextBlob({ keyId, materialId: 'not-hex', sealed })).toThrow(/cannot name/);
  });
});
