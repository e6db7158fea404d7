/**
 * S3 authorization through dispatch: identity policies, the bucket policy, ACLs and Block Public
 * Access, S3's condition keys, S3's enhanced AccessDenied wording — and the sources' scenarios,
 * where S3 succeeds or fails because of the KMS key behind an SSE-KMS bucket.
 */
import { describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '../../shared/bytes.ts';
import { explainDecision } from '../policy/explainDecision.ts';
import { testAccount, type TestAccount } from '../testing/testAccount.ts';

const ACCOUNT = '111122223333';
const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const denied = (who: string, action: string, resource: string, why: string) => `User: ${who} is not authorized to perform: ${action} on resource: ${resource} ${why}`;
const ANONYMOUS = { kind: 'anonymous' } as const;

async function userNamed(t: TestAccount, userName: string, ...managedPolicies: string[]) {
  const { User } = await t.ok('iam:CreateUser', { UserName: userName });
  for (const name of managedPolicies) await t.ok('iam:AttachUserPolicy', { UserName: userName, PolicyArn: `arn:aws:iam::aws:policy/${name}` });
  return { arn: User.Arn, as: t.as({ kind: 'principal', arn: User.Arn }) };
}

/** The sources' two buckets: one SSE-S3 (the default), one SSE-KMS under a customer managed key, an object in each. */
async function labBuckets() {
  const t = await testAccount();
  const { KeyMetadata } = await t.ok('kms:CreateKey', {});
  await t.ok('s3:CreateBucket', { Bucket: 'lab-sse-s3' });
  await t.ok('s3:CreateBucket', { Bucket: 'lab-sse-kms' });
  await t.ok('s3:PutBucketEncryption', {
    Bucket: 'lab-sse-kms',
    ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KeyMetadata.Arn }, BucketKeyEnabled: false }] },
  });
  await t.ok('s3:PutObject', { Bucket: 'lab-sse-s3', Key: 'image.png', Body: utf8('png bytes') });
  await t.ok('s3:PutObject', { Bucket: 'lab-sse-kms', Key: 'image.png', Body: utf8('png bytes') });
  return { t, key: KeyMetadata };
}

describe('the sources\' SSE-KMS scenarios', () => {
  it('denies a writer with only AmazonS3FullAccess the PutObject into the SSE-KMS bucket, naming kms:GenerateDataKey, until KMS permission is added', async () => {
    const { t, key } = await labBuckets();
    const writer = await userNamed(t, 'writer', 'AmazonS3FullAccess');
    await writer.as.ok('s3:PutObject', { Bucket: 'lab-sse-s3', Key: 'w.txt', Body: utf8('w') });
    const failure = await writer.as.fails('s3:PutObject', { Bucket: 'lab-sse-kms', Key: 'w.txt', Body: utf8('w') }, 'AccessDenied',
      denied(writer.arn, 'kms:GenerateDataKey', key.Arn, 'because no identity-based policy allows the kms:GenerateDataKey action'));
    expect(failure.httpStatus).toBe(403);
    // The default key policy delegates to IAM (the root statement): an IAM policy is enough.
    await t.ok('iam:PutUserPolicy', { UserName: 'writer', PolicyName: 'UseLabKey', PolicyDocument: policy({ Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:Decrypt'], Resource: key.Arn }) });
    const put = await writer.as.ok('s3:PutObject', { Bucket: 'lab-sse-kms', Key: 'w.txt', Body: utf8('w') });
    expect(put).toMatchObject({ ServerSideEncryption: 'aws:kms', SSEKMSKeyId: key.Arn });
  });

  it('lets a writer in once the key policy names it directly, with no KMS permission in IAM', async () => {
    const { t, key } = await labBuckets();
    const writer = await userNamed(t, 'writer', 'AmazonS3FullAccess');
    const { Policy } = await t.ok('kms:GetKeyPolicy', { KeyId: key.KeyId, PolicyName: 'default' });
    const document = JSON.parse(Policy!) as { Statement: object[] };
    document.Statement.push({ Sid: 'Allow the writer', Effect: 'Allow', Principal: { AWS: writer.arn }, Action: 'kms:GenerateDataKey', Resource: '*' });
    await t.ok('kms:PutKeyPolicy', { KeyId: key.KeyId, PolicyName: 'default', Policy: JSON.stringify(document) });
    await writer.as.ok('s3:PutObject', { Bucket: 'lab-sse-kms', Key: 'w.txt', Body: utf8('w') });
  });

  it('lets a reader with AmazonS3ReadOnlyAccess list the SSE-KMS bucket but not download from it, naming kms:Decrypt', async () => {
    const { t, key } = await labBuckets();
    const reader = await userNamed(t, 'reader', 'AmazonS3ReadOnlyAccess');
    const listed = await reader.as.ok('s3:ListObjectsV2', { Bucket: 'lab-sse-kms' });
    expect(listed.Contents?.map((o) => o.Key)).toEqual(['image.png']);
    await reader.as.ok('s3:GetObject', { Bucket: 'lab-sse-s3', Key: 'image.png' });
    await reader.as.fails('s3:GetObject', { Bucket: 'lab-sse-kms', Key: 'image.png' }, 'AccessDenied',
      denied(reader.arn, 'kms:Decrypt', key.Arn, 'because no identity-based policy allows the kms:Decrypt action'));
    await reader.as.fails('s3:PutObject', { Bucket: 'lab-sse-s3', Key: 'x', Body: utf8('x') }, 'AccessDenied',
      denied(reader.arn, 's3:PutObject', '"arn:aws:s3:::lab-sse-s3/x"', 'because no identity-based policy allows the s3:PutObject action'));
  });

  it('with both buckets public, serves the SSE-S3 object to anyone and answers the SSE-KMS one with the SigV4 error', async () => {
    const { t } = await labBuckets();
    for (const bucket of ['lab-sse-s3', 'lab-sse-kms']) {
      await t.ok('s3:DeletePublicAccessBlock', { Bucket: bucket });
      await t.ok('s3:PutBucketPolicy', { Bucket: bucket, Policy: policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*` }) });
    }
    const anyone = t.as(ANONYMOUS);
    const { Body } = await anyone.ok('s3:GetObject', { Bucket: 'lab-sse-s3', Key: 'image.png' });
    expect(fromUtf8(Body as Uint8Array)).toBe('png bytes');
    await anyone.fails('s3:GetObject', { Bucket: 'lab-sse-kms', Key: 'image.png' }, 'InvalidArgument', 'Requests specifying Server Side Encryption with AWS KMS managed keys require AWS Signature Version 4.');
    await anyone.fails('s3:ListObjectsV2', { Bucket: 'lab-sse-s3' }, 'AccessDenied', 'Access Denied');
  });

  it('with public-read ACLs instead of a policy, does the same once ACLs are enabled', async () => {
    const { t } = await labBuckets();
    const anyone = t.as(ANONYMOUS);
    for (const bucket of ['lab-sse-s3', 'lab-sse-kms']) {
      await t.ok('s3:DeletePublicAccessBlock', { Bucket: bucket });
      await t.ok('s3:PutBucketOwnershipControls', { Bucket: bucket, OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } });
      await t.ok('s3:PutObjectAcl', { Bucket: bucket, Key: 'image.png', ACL: 'public-read' });
    }
    await anyone.ok('s3:GetObject', { Bucket: 'lab-sse-s3', Key: 'image.png' });
    await anyone.fails('s3:GetObject', { Bucket: 'lab-sse-kms', Key: 'image.png' }, 'InvalidArgument');
    // BucketOwnerEnforced switches ACLs off again: the object is private once more.
    await t.ok('s3:PutBucketOwnershipControls', { Bucket: 'lab-sse-s3', OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } });
    await anyone.fails('s3:GetObject', { Bucket: 'lab-sse-s3', Key: 'image.png' }, 'AccessDenied', 'Access Denied');
  });

  it('fails GetObject with KMS.DisabledException once the key is disabled', async () => {
    const { t, key } = await labBuckets();
    await t.ok('kms:DisableKey', { KeyId: key.KeyId });
    const failure = await t.fails('s3:GetObject', { Bucket: 'lab-sse-kms', Key: 'image.png' }, 'KMS.DisabledException', `${key.Arn} is disabled.`);
    expect(failure.httpStatus).toBe(400);
  });
});

describe('bucket policies and identity policies', () => {
  it('denies a user with no S3 policy in S3\'s enhanced wording, with the resource in quotes, and keeps the decision', async () => {
    const { t } = await labBuckets();
    const normal = await userNamed(t, 'normaluser');
    const failure = await normal.as.fails('s3:GetObject', { Bucket: 'lab-sse-s3', Key: 'image.png' }, 'AccessDenied',
      denied(`arn:aws:iam::${ACCOUNT}:user/normaluser`, 's3:GetObject', '"arn:aws:s3:::lab-sse-s3/image.png"', 'because no identity-based policy allows the s3:GetObject action'));
    expect(failure.decision?.decision).toBe('ImplicitDeny');
    await normal.as.fails('s3:HeadBucket', { Bucket: 'lab-sse-s3' }, 'AccessDenied', /s3:ListBucket on resource: "arn:aws:s3:::lab-sse-s3"/);
    await normal.as.fails('s3:ListBuckets', {}, 'AccessDenied', /s3:ListAllMyBuckets on resource: "\*"/);
  });

  it('lets a bucket policy that names the user allow it alone, and an explicit deny in it beat AdministratorAccess', async () => {
    const { t } = await labBuckets();
    const normal = await userNamed(t, 'normaluser');
    const admin = `arn:aws:iam::${ACCOUNT}:user/Admin`;
    await t.ok('s3:PutBucketPolicy', {
      Bucket: 'lab-sse-s3',
      Policy: policy(
        { Sid: 'ReadForNormal', Effect: 'Allow', Principal: { AWS: normal.arn }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::lab-sse-s3/*' },
        { Sid: 'NoDeletes', Effect: 'Deny', Principal: '*', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::lab-sse-s3/*' },
      ),
    });
    await normal.as.ok('s3:GetObject', { Bucket: 'lab-sse-s3', Key: 'image.png' });
    const failure = await t.fails('s3:DeleteObject', { Bucket: 'lab-sse-s3', Key: 'image.png' }, 'AccessDenied',
      denied(admin, 's3:DeleteObject', '"arn:aws:s3:::lab-sse-s3/image.png"', 'with an explicit deny in a resource-based policy'));
    expect(explainDecision(failure.decision!)).toContain('NoDeletes');
  });

  it('evaluates S3 condition keys: an encryption header required by the bucket policy, a listing prefix', async () => {
    const { t } = await labBuckets();
    await t.ok('s3:PutBucketPolicy', {
      Bucket: 'lab-sse-s3',
      Policy: policy(
        { Sid: 'RequireKms', Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::lab-sse-s3/*', Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } } },
        { Sid: 'OnlyPublicPrefix', Effect: 'Deny', Principal: '*', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::lab-sse-s3', Condition: { StringNotLike: { 's3:prefix': 'public/*' } } },
      ),
    });
    await t.fails('s3:PutObject', { Bucket: 'lab-sse-s3', Key: 'a', Body: utf8('a') }, 'AccessDenied', /with an explicit deny in a resource-based policy$/);
    await t.ok('s3:PutObject', { Bucket: 'lab-sse-s3', Key: 'a', Body: utf8('a'), ServerSideEncryption: 'aws:kms' });
    await t.fails('s3:ListObjectsV2', { Bucket: 'lab-sse-s3' }, 'AccessDenied');
    await t.ok('s3:ListObjectsV2', { Bucket: 'lab-sse-s3', Prefix: 'public/' });
  });

  it('checks CopyObject as a read of the source and a write of the destination', async () => {
    const { t } = await labBuckets();
    const copier = await userNamed(t, 'copier');
    await t.ok('iam:PutUserPolicy', { UserName: 'copier', PolicyName: 'WriteOnly', PolicyDocument: policy({ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::lab-sse-s3/*' }) });
    await copier.as.fails('s3:CopyObject', { Bucket: 'lab-sse-s3', Key: 'copy.png', CopySource: 'lab-sse-s3/image.png' }, 'AccessDenied', /s3:GetObject on resource: "arn:aws:s3:::lab-sse-s3\/image.png"/);
    await t.ok('iam:PutUserPolicy', { UserName: 'copier', PolicyName: 'ReadToo', PolicyDocument: policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::lab-sse-s3/*' }) });
    await copier.as.ok('s3:CopyObject', { Bucket: 'lab-sse-s3', Key: 'copy.png', CopySource: 'lab-sse-s3/image.png' });
  });

  it('answers NoSuchBucket for a bucket that does not exist, before any policy', async () => {
    const t = await testAccount();
    await t.as(ANONYMOUS).fails('s3:GetObject', { Bucket: 'no-such-lab-bucket', Key: 'k' }, 'NoSuchBucket');
  });
});

describe('IAM actions on their own resources', () => {
  it('decides listings on the path they list, and names it in the denial as AWS does', async () => {
    const t = await testAccount();
    const auditor = await userNamed(t, 'auditor');
    await auditor.as.fails('iam:ListUsers', {}, 'AccessDenied',
      denied(auditor.arn, 'iam:ListUsers', `arn:aws:iam::${ACCOUNT}:user/`, 'because no identity-based policy allows the iam:ListUsers action'));
    await auditor.as.fails('iam:ListPolicies', {}, 'AccessDenied',
      denied(auditor.arn, 'iam:ListPolicies', 'policy path /', 'because no identity-based policy allows the iam:ListPolicies action'));
    // A policy on the account's users (user/*) covers listing them; roles stay out of reach.
    await t.ok('iam:PutUserPolicy', { UserName: 'auditor', PolicyName: 'Users', PolicyDocument: policy({ Effect: 'Allow', Action: ['iam:ListUsers', 'iam:ListRoles'], Resource: `arn:aws:iam::${ACCOUNT}:user/*` }) });
    await auditor.as.ok('iam:ListUsers', {});
    await auditor.as.fails('iam:ListRoles', {}, 'AccessDenied', new RegExp(`on resource: arn:aws:iam::${ACCOUNT}:role/ because`));
  });

  it('decides an IAM action on the user it names, so a policy scoped to lab-* users means what it says', async () => {
    const t = await testAccount();
    const helpdesk = await userNamed(t, 'helpdesk');
    await t.ok('iam:CreateUser', { UserName: 'lab-student' });
    await t.ok('iam:PutUserPolicy', { UserName: 'helpdesk', PolicyName: 'LabUsers', PolicyDocument: policy({ Effect: 'Allow', Action: 'iam:GetUser', Resource: `arn:aws:iam::${ACCOUNT}:user/lab-*` }) });
    await helpdesk.as.ok('iam:GetUser', { UserName: 'lab-student' });
    await helpdesk.as.fails('iam:GetUser', { UserName: 'Admin' }, 'AccessDenied',
      denied(helpdesk.arn, 'iam:GetUser', `arn:aws:iam::${ACCOUNT}:user/Admin`, 'because no identity-based policy allows the iam:GetUser action'));
  });
});

describe('S3 operations added after the first authorization pass', () => {
  it('let a read-only user list with v1 ListObjects but not batch-delete, tag, or untag', async () => {
    const { t } = await labBuckets();
    const reader = await userNamed(t, 'reader', 'AmazonS3ReadOnlyAccess');
    const listed = await reader.as.ok('s3:ListObjects', { Bucket: 'lab-sse-s3' });
    expect(listed.Contents?.map((o) => o.Key)).toEqual(['image.png']);
    // S3 answers a batch delete key by key: 200, with the denied key as its own AccessDenied.
    expect(await reader.as.ok('s3:DeleteObjects', { Bucket: 'lab-sse-s3', Delete: { Objects: [{ Key: 'image.png' }] } }))
      .toEqual({ Errors: [{ Key: 'image.png', Code: 'AccessDenied', Message: 'Access Denied' }] });
    await reader.as.fails('s3:PutObjectTagging', { Bucket: 'lab-sse-s3', Key: 'image.png', Tagging: { TagSet: [{ Key: 'a', Value: 'b' }] } }, 'AccessDenied');
    await reader.as.fails('s3:DeleteBucketTagging', { Bucket: 'lab-sse-s3' }, 'AccessDenied',
      denied(reader.arn, 's3:PutBucketTagging', '"arn:aws:s3:::lab-sse-s3"', 'because no identity-based policy allows the s3:PutBucketTagging action'));
    expect(await t.ok('s3:ListObjectsV2', { Bucket: 'lab-sse-s3' })).toMatchObject({ KeyCount: 1 });
  });
});
