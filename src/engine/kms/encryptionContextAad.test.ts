import { describe, expect, it } from 'vitest';
import { encryptionContextAad } from './encryptionContextAad.ts';

const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
const materialId = 'cd'.repeat(32);

describe('encryptionContextAad', () => {
  it('does not depend on the order of the pairs', () => {
    expect(encryptionContextAad(keyId, materialId, { a: '1', b: '2' })).toEqual(encryptionContextAad(keyId, materialId, { b: '2', a: '1' }));
  });

  it('tells apart contexts whose concatenations are equal', () => {
    expect(encryptionContextAad(keyId, materialId, { ab: 'c' })).not.toEqual(encryptionContextAad(keyId, materialId, { a: 'bc' }));
  });

  it('binds the key id and the material id', () => {
    const base = encryptionContextAad(keyId, materialId, {});
    expect(encryptionContextAad(keyId.replace('1234abcd', '1234abce'), materialId, {})).not.toEqual(base);
    expect(encryptionContextAad(keyId, 'ce'.repeat(32), {})).not.toEqual(base);
  });

  it('tells an empty context apart from one pair of empty strings', () => {
    expect(encryptionContextAad(keyId, materialId, {})).not.toEqual(encryptionContextAad(keyId, materialId, { '': '' }));
  });
});
