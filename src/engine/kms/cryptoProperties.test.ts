/** Properties of the symmetric ciphertext, checked with fast-check over real WebCrypto. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testAccount } from '../testing/testAccount.ts';
import { bytes, putTestKey } from './testKeys.ts';

const contexts = fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 24 }), { maxKeys: 6 });

/** The same pairs in another order: JSON objects keep insertion order, so rebuild from shuffled entries. */
function reordered(context: Record<string, string>, seed: number): Record<string, string> {
  const entries = Object.entries(context);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = (seed + i * 7919) % (i + 1);
    [entries[i], entries[j]] = [entries[j] as [string, string], entries[i] as [string, string]];
  }
  return Object.fromEntries(entries);
}

describe('symmetric ciphertext properties', () => {
  it('decrypts any plaintext of 1–4096 bytes under any encryption context, pairs in any order', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 4096 }), contexts, fc.nat(), async (Plaintext, context, seed) => {
        const { CiphertextBlob } = await t.ok('kms:Encrypt', { KeyId: key.keyId, Plaintext, EncryptionContext: context });
        const out = await t.ok('kms:Decrypt', { CiphertextBlob, EncryptionContext: reordered(context, seed) });
        expect(out.Plaintext).toEqual(Plaintext);
        expect(out.KeyId).toBe(key.arn);
      }),
      { numRuns: 60 },
    );
  });

  it('answers InvalidCiphertextException for a single-bit change anywhere in a ciphertext', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const { CiphertextBlob } = await t.ok('kms:Encrypt', { KeyId: key.keyId, Plaintext: bytes('flip one bit'), EncryptionContext: { k: 'v' } });
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: CiphertextBlob.length * 8 - 1 }), async (bit) => {
        const changed = CiphertextBlob.slice();
        changed[bit >> 3] = (changed[bit >> 3] ?? 0) ^ (1 << (bit & 7));
        await t.fails('kms:Decrypt', { CiphertextBlob: changed, EncryptionContext: { k: 'v' } }, 'InvalidCiphertextException', '');
      }),
      { numRuns: 120 },
    );
  });
});
