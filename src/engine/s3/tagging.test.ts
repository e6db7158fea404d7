import { describe, expect, it } from 'vitest';
import { utf8 } from '../../shared/bytes.ts';
import { testAccount } from '../testing/testAccount.ts';

async function bucketWithObject() {
  const t = await testAccount();
  await t.ok('s3:CreateBucket', { Bucket: 'lab-bucket' });
  await t.ok('s3:PutObject', { Bucket: 'lab-bucket', Key: 'doc.txt', Body: utf8('x') });
  return t;
}

const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${i}`, Value: `v${i}` }));

describe('object tagging', () => {
  it('puts, gets and deletes an object tag set; an untagged object has an empty TagSet', async () => {
    const t = await bucketWithObject();
    expect(await t.ok('s3:GetObjectTagging', { Bucket: 'lab-bucket', Key: 'doc.txt' })).toEqual({ TagSet: [] });
    await t.ok('s3:PutObjectTagging', { Bucket: 'lab-bucket', Key: 'doc.txt', Tagging: { TagSet: [{ Key: 'team', Value: 'blue' }] } });
    expect(await t.ok('s3:GetObjectTagging', { Bucket: 'lab-bucket', Key: 'doc.txt' })).toEqual({ TagSet: [{ Key: 'team', Value: 'blue' }] });
    await t.ok('s3:DeleteObjectTagging', { Bucket: 'lab-bucket', Key: 'doc.txt' });
    expect(await t.ok('s3:GetObjectTagging', { Bucket: 'lab-bucket', Key: 'doc.txt' })).toEqual({ TagSet: [] });
  });

  it('refuses an eleventh tag, a repeated key and a missing object in S3\'s words', async () => {
    const t = await bucketWithObject();
    await t.fails('s3:PutObjectTagging', { Bucket: 'lab-bucket', Key: 'doc.txt', Tagging: { TagSet: tags(11) } }, 'BadRequest', 'Object tags cannot be greater than 10');
    await t.fails('s3:PutObjectTagging', { Bucket: 'lab-bucket', Key: 'doc.txt', Tagging: { TagSet: [{ Key: 'a', Value: '1' }, { Key: 'a', Value: '2' }] } }, 'InvalidTag', 'Cannot provide multiple Tags with the same key');
    await t.fails('s3:GetObjectTagging', { Bucket: 'lab-bucket', Key: 'gone.txt' }, 'NoSuchKey', 'The specified key does not exist.');
  });
});

describe('bucket tagging', () => {
  it('answers NoSuchTagSet until tags are put, and again after they are deleted', async () => {
    const t = await bucketWithObject();
    await t.fails('s3:GetBucketTagging', { Bucket: 'lab-bucket' }, 'NoSuchTagSet', 'The TagSet does not exist');
    await t.ok('s3:PutBucketTagging', { Bucket: 'lab-bucket', Tagging: { TagSet: tags(2) } });
    expect(await t.ok('s3:GetBucketTagging', { Bucket: 'lab-bucket' })).toEqual({ TagSet: tags(2) });
    await t.ok('s3:DeleteBucketTagging', { Bucket: 'lab-bucket' });
    await t.fails('s3:GetBucketTagging', { Bucket: 'lab-bucket' }, 'NoSuchTagSet', 'The TagSet does not exist');
  });
});
