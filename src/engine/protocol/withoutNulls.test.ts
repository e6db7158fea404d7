import { expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';
import { withoutNulls } from './withoutNulls.ts';

it('leaves out null members and null list items at any depth, and keeps bytes and dates as they are', () => {
  const bytes = new Uint8Array([1, 2]);
  const date = new Date(0);
  expect(withoutNulls({ A: null, B: { C: null, D: [null, { E: null, F: 1 }] }, G: bytes, H: date }))
    .toEqual({ B: { D: [{ F: 1 }] }, G: bytes, H: date });
});

it('hands back the very same input when it holds no null', () => {
  const input = { KeyId: 'k', EncryptionContext: { a: 'b' }, Plaintext: new Uint8Array(4) };
  expect(withoutNulls(input)).toBe(input);
});

it('answers a null Marker as if none was sent, as AWS does', async () => {
  const t = await testAccount();
  expect(await t.ok('iam:ListUsers', { Marker: null } as never)).toMatchObject({ IsTruncated: false });
  expect(await t.ok('kms:ListKeys', { Marker: null, Limit: null } as never)).toMatchObject({ Truncated: false });
});
