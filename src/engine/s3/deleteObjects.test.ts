import { describe, expect, it } from 'vitest';
import { utf8 } from '../../shared/bytes.ts';
import { testAccount } from '../testing/testAccount.ts';

async function bucketWith(keys: string[]) {
  const t = await testAccount();
  await t.ok('s3:CreateBucket', { Bucket: 'lab-bucket' });
  for (const key of keys) await t.ok('s3:PutObject', { Bucket: 'lab-bucket', Key: key, Body: utf8(key) });
  return t;
}

describe('s3:DeleteObjects', () => {
  it('deletes every listed key and reports each one, missing keys included', async () => {
    const t = await bucketWith(['a.txt', 'b.txt', 'keep.txt']);
    const result = await t.ok('s3:DeleteObjects', { Bucket: 'lab-bucket', Delete: { Objects: [{ Key: 'a.txt' }, { Key: 'b.txt' }, { Key: 'never-there' }] } });
    expect(result).toEqual({ Deleted: [{ Key: 'a.txt' }, { Key: 'b.txt' }, { Key: 'never-there' }] });
    expect(Object.keys(t.account.state.s3.buckets['lab-bucket']!.objects)).toEqual(['keep.txt']);
  });

  it('in Quiet mode answers only the failures', async () => {
    const t = await bucketWith(['a.txt']);
    expect(await t.ok('s3:DeleteObjects', { Bucket: 'lab-bucket', Delete: { Objects: [{ Key: 'a.txt' }], Quiet: true } })).toEqual({});
  });

  it('reports a bad version id as that key\'s error and still deletes the others', async () => {
    const t = await bucketWith(['a.txt', 'b.txt']);
    const result = await t.ok('s3:DeleteObjects', { Bucket: 'lab-bucket', Delete: { Objects: [{ Key: 'a.txt', VersionId: 'v1' }, { Key: 'b.txt' }], Quiet: true } });
    expect(result).toEqual({ Errors: [{ Key: 'a.txt', VersionId: 'v1', Code: 'InvalidArgument', Message: 'Invalid version id specified' }] });
    expect(Object.keys(t.account.state.s3.buckets['lab-bucket']!.objects)).toEqual(['a.txt']);
  });

  it('refuses an empty list as MalformedXML and a missing bucket as NoSuchBucket', async () => {
    const t = await bucketWith([]);
    await t.fails('s3:DeleteObjects', { Bucket: 'lab-bucket', Delete: { Objects: [] } }, 'MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema');
    await t.fails('s3:DeleteObjects', { Bucket: 'nope', Delete: { Objects: [{ Key: 'x' }] } }, 'NoSuchBucket', 'The specified bucket does not exist');
  });

  it('authorizes each key on its own: a denied key is reported as AccessDenied and the allowed keys are still deleted', async () => {
    const t = await bucketWith(['public/a.txt', 'private/b.txt']);
    const { User } = await t.ok('iam:CreateUser', { UserName: 'cleaner' });
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::lab-bucket/public/*' }] };
    await t.ok('iam:PutUserPolicy', { UserName: 'cleaner', PolicyName: 'DeletePublicOnly', PolicyDocument: JSON.stringify(policy) });
    const cleaner = t.as({ kind: 'principal', arn: User.Arn });
    const result = await cleaner.ok('s3:DeleteObjects', { Bucket: 'lab-bucket', Delete: { Objects: [{ Key: 'public/a.txt' }, { Key: 'private/b.txt' }] } });
    expect(result).toEqual({ Deleted: [{ Key: 'public/a.txt' }], Errors: [{ Key: 'private/b.txt', Code: 'AccessDenied', Message: 'Access Denied' }] });
    expect(Object.keys(t.account.state.s3.buckets['lab-bucket']!.objects)).toEqual(['private/b.txt']);
  });
});

