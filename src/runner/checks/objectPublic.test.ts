import { expect, it } from 'vitest';
import { utf8 } from '../../shared/bytes.ts';
import { objectPublic } from './objectPublic.ts';
import { checkAccount, type CheckAccount } from './testing/checkAccount.ts';

const OFF = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };

async function bucketWithObject(a: CheckAccount) {
  await a.ok('s3:CreateBucket', { Bucket: 'web-bucket' });
  await a.ok('s3:PutObject', { Bucket: 'web-bucket', Key: 'index.html', Body: utf8('<p>hi</p>') });
  await a.ok('s3:PutPublicAccessBlock', { Bucket: 'web-bucket', PublicAccessBlockConfiguration: OFF });
}

it('waits for the bucket and the object, then says the object is not public by either route', async () => {
  const a = await checkAccount();
  const check = objectPublic({ bucket: 'web-bucket', key: 'index.html' });
  expect((await a.check(check)).words).toBe('Waiting for the S3 bucket web-bucket — none found.');
  await a.ok('s3:CreateBucket', { Bucket: 'web-bucket' });
  expect((await a.check(check)).words).toBe('Waiting for the object index.html in web-bucket — not there yet.');
  await a.ok('s3:PutObject', { Bucket: 'web-bucket', Key: 'index.html', Body: utf8('<p>hi</p>') });
  expect(await a.check(check)).toMatchObject({ passed: false, words: 'index.html in web-bucket is not public yet: neither its ACL nor the bucket policy lets everyone read it.' });
});

it('passes by a bucket policy for Principal "*", and not by ACL when the lab asks for that route', async () => {
  const a = await checkAccount();
  await bucketWithObject(a);
  const Policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::web-bucket/*' }] });
  await a.ok('s3:PutBucketPolicy', { Bucket: 'web-bucket', Policy });
  expect(await a.check(objectPublic({ bucket: 'web-bucket', key: 'index.html', via: 'policy' }))).toMatchObject({ passed: true, words: 'index.html in web-bucket is public by the bucket policy.' });
  expect((await a.check(objectPublic({ bucket: 'web-bucket', key: 'index.html', via: 'acl' }))).words).toMatch(/^index.html in web-bucket is not public by ACL yet/);
  await a.ok('s3:PutPublicAccessBlock', { Bucket: 'web-bucket', PublicAccessBlockConfiguration: { ...OFF, RestrictPublicBuckets: true } });
  expect((await a.check(objectPublic({ bucket: 'web-bucket', key: 'index.html', via: 'policy' }))).words).toMatch(/^index.html in web-bucket is not public by bucket policy yet/);
});

it('passes by a public-read ACL only while ACLs are enabled', async () => {
  const a = await checkAccount();
  await bucketWithObject(a);
  await a.ok('s3:PutBucketOwnershipControls', { Bucket: 'web-bucket', OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] } });
  await a.ok('s3:PutObjectAcl', { Bucket: 'web-bucket', Key: 'index.html', ACL: 'public-read' });
  expect(await a.check(objectPublic({ bucket: 'web-bucket', key: 'index.html', via: 'acl' }))).toMatchObject({ passed: true, words: 'index.html in web-bucket is public by its ACL.' });
  await a.ok('s3:PutBucketOwnershipControls', { Bucket: 'web-bucket', OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } });
  expect((await a.check(objectPublic({ bucket: 'web-bucket', key: 'index.html' }))).passed).toBe(false);
});
