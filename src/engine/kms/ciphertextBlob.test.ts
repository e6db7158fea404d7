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

  it('reads a blob again when its bytes were changed in place since it was last read', () => {
    const mine = formatCiphertextBlob({ keyId, materialId, sealed });
    expect(parseCiphertextBlob(mine)?.keyId).toBe(keyId);
    const otherKey = keyId.replace('1234abcd', '1234abce');
    mine.set(formatCiphertextBlob({ keyId: otherKey, materialId, sealed }));
    expect(parseCiphertextBlob(mine)?.keyId).toBe(otherKey);
    const flip = (at: number) => mine.set([(mine[at] ?? 0) ^ 1], at);
    flip(5);
    expect(parseCiphertextBlob(mine)).toBeUndefined();
    flip(5);
    flip(mine.length - 41);
    expect(parseCiphertextBlob(mine)).toBeUndefined();
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
