import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';

describe('s3:ListMultipartUploads', () => {
  it('lists open uploads by key, pages with KeyMarker/UploadIdMarker, and forgets aborted ones', async () => {
    const t = await testAccount();
    await t.ok('s3:CreateBucket', { Bucket: 'lab-bucket' });
    const ids: Record<string, string> = {};
    for (const key of ['b.bin', 'a.bin', 'dir/c.bin']) ids[key] = (await t.ok('s3:CreateMultipartUpload', { Bucket: 'lab-bucket', Key: key })).UploadId;
    const all = await t.ok('s3:ListMultipartUploads', { Bucket: 'lab-bucket' });
    expect(all.Uploads?.map((u) => u.Key)).toEqual(['a.bin', 'b.bin', 'dir/c.bin']);
    expect({ truncated: all.IsTruncated, max: all.MaxUploads, keyMarker: all.KeyMarker }).toEqual({ truncated: false, max: 1000, keyMarker: '' });
    const first = await t.ok('s3:ListMultipartUploads', { Bucket: 'lab-bucket', MaxUploads: 1 });
    expect({ truncated: first.IsTruncated, nextKey: first.NextKeyMarker, nextId: first.NextUploadIdMarker }).toEqual({ truncated: true, nextKey: 'a.bin', nextId: ids['a.bin'] });
    const rolled = await t.ok('s3:ListMultipartUploads', { Bucket: 'lab-bucket', Delimiter: '/', KeyMarker: 'a.bin', UploadIdMarker: ids['a.bin']! });
    expect({ keys: rolled.Uploads?.map((u) => u.Key), prefixes: rolled.CommonPrefixes }).toEqual({ keys: ['b.bin'], prefixes: [{ Prefix: 'dir/' }] });
    await t.ok('s3:AbortMultipartUpload', { Bucket: 'lab-bucket', Key: 'b.bin', UploadId: ids['b.bin']! });
    const left = await t.ok('s3:ListMultipartUploads', { Bucket: 'lab-bucket', Prefix: 'b' });
    expect(left.Uploads).toBeUndefined();
  });
});
