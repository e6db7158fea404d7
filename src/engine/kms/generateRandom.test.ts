import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';

describe('kms:GenerateRandom', () => {
  it('returns exactly the number of bytes asked for, from 1 to 1024', async () => {
    const t = await testAccount();
    for (const n of [1, 44, 1024]) expect((await t.ok('kms:GenerateRandom', { NumberOfBytes: n })).Plaintext).toHaveLength(n);
  });

  it('requires NumberOfBytes with AWS own message', async () => {
    const t = await testAccount();
    await t.fails('kms:GenerateRandom', {}, 'ValidationException', 'NumberOfBytes is required.');
  });

  it('rejects 0 and 1025 bytes in AWS words', async () => {
    const t = await testAccount();
    await t.fails('kms:GenerateRandom', { NumberOfBytes: 0 }, 'ValidationException',
      "1 validation error detected: Value '0' at 'numberOfBytes' failed to satisfy constraint: Member must have value greater than or equal to 1");
    await t.fails('kms:GenerateRandom', { NumberOfBytes: 1025 }, 'ValidationException',
      "1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024");
  });
});
