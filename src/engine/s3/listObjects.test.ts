import { describe, expect, it } from 'vitest';
import { utf8 } from '../../shared/bytes.ts';
import { testAccount } from '../testing/testAccount.ts';

async function bucketWith(keys: string[]) {
  const t = await testAccount();
  await t.ok('s3:CreateBucket', { Bucket: 'lab-bucket' });
  for (const key of keys) await t.ok('s3:PutObject', { Bucket: 'lab-bucket', Key: key, Body: utf8(key) });
  return t;
}

const keysOf = (page: { Contents?: { Key: string }[] }) => page.Contents?.map((c) => c.Key) ?? [];

describe('s3:ListObjects (v1)', () => {
  it('echoes an empty Marker, lists owners and gives no NextMarker without a delimiter', async () => {
    const t = await bucketWith(['a', 'b', 'c']);
    const page = await t.ok('s3:ListObjects', { Bucket: 'lab-bucket', MaxKeys: 2 });
    expect({ marker: page.Marker, next: page.NextMarker, truncated: page.IsTruncated, keys: keysOf(page) }).toEqual({ marker: '', next: undefined, truncated: true, keys: ['a', 'b'] });
    expect(page.Contents?.[0]?.Owner?.ID).toMatch(/^[0-9a-f]{64}$/);
    const rest = await t.ok('s3:ListObjects', { Bucket: 'lab-bucket', MaxKeys: 2, Marker: 'b' });
    expect({ marker: rest.Marker, truncated: rest.IsTruncated, keys: keysOf(rest) }).toEqual({ marker: 'b', truncated: false, keys: ['c'] });
  });

  it('gives NextMarker with a delimiter, naming the last key or common prefix of the page', async () => {
    const t = await bucketWith(['a/1', 'a/2', 'b', 'c/1', 'd']);
    const first = await t.ok('s3:ListObjects', { Bucket: 'lab-bucket', Delimiter: '/', MaxKeys: 2 });
    expect({ prefixes: first.CommonPrefixes, keys: keysOf(first), next: first.NextMarker }).toEqual({ prefixes: [{ Prefix: 'a/' }], keys: ['b'], next: 'b' });
    const second = await t.ok('s3:ListObjects', { Bucket: 'lab-bucket', Delimiter: '/', MaxKeys: 1, Marker: 'b' });
    expect({ prefixes: second.CommonPrefixes, next: second.NextMarker, truncated: second.IsTruncated }).toEqual({ prefixes: [{ Prefix: 'c/' }], next: 'c/', truncated: true });
    const third = await t.ok('s3:ListObjects', { Bucket: 'lab-bucket', Delimiter: '/', Marker: 'c/' });
    expect({ keys: keysOf(third), truncated: third.IsTruncated, next: third.NextMarker }).toEqual({ keys: ['d'], truncated: false, next: undefined });
  });
});
