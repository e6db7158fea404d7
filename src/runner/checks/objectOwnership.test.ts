import { expect, it } from 'vitest';
import { objectOwnership } from './objectOwnership.ts';
import { checkAccount } from './testing/checkAccount.ts';

const ownership = (ObjectOwnership: string) => ({ Bucket: 'acl-bucket', OwnershipControls: { Rules: [{ ObjectOwnership }] } });

it('sees ACLs disabled on a new bucket and enabled after BucketOwnerPreferred, naming the setting', async () => {
  const a = await checkAccount();
  expect((await a.check(objectOwnership({ bucket: 'acl-bucket', aclsEnabled: true }))).words).toBe('Waiting for the S3 bucket acl-bucket — none found.');
  await a.ok('s3:CreateBucket', { Bucket: 'acl-bucket' });
  expect(await a.check(objectOwnership({ bucket: 'acl-bucket', aclsEnabled: true })))
    .toMatchObject({ passed: false, words: 'ACLs are still disabled on acl-bucket (Object Ownership: BucketOwnerEnforced).' });
  await a.ok('s3:PutBucketOwnershipControls', ownership('BucketOwnerPreferred'));
  expect(await a.check(objectOwnership({ bucket: 'acl-bucket', aclsEnabled: true })))
    .toMatchObject({ passed: true, words: 'ACLs are enabled on acl-bucket (Object Ownership: BucketOwnerPreferred).' });
  expect(await a.check(objectOwnership({ bucket: 'acl-bucket', aclsEnabled: false })))
    .toMatchObject({ passed: false, words: 'ACLs are still enabled on acl-bucket (Object Ownership: BucketOwnerPreferred).' });
});
