/**
 * Trails write their log files into S3 as the CloudTrail service principal: AWS's documented
 * bucket policy lets them, SSE-KMS under a key whose policy lets CloudTrail GenerateDataKey*,
 * CreateTrail refuses a bucket whose policy would not, and a refused delivery is kept and shown
 * in the trail's status.
 */
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../shared/bytes.ts';
import { testAccount } from '../testing/testAccount.ts';
import { advanceClock } from '../time.ts';
import { cloudTrailKeyPolicyStatement } from './cloudTrailPolicies.ts';
import { logFilesOf } from './state.ts';
import { createLogBucket, deliveredLogFiles } from './testing/logBucket.ts';

const MINUTE = 60 * 1000;
const ADMIN = 'arn:aws:iam::111122223333:user/Admin';

async function trailKey(t: Awaited<ReturnType<typeof testAccount>>) {
  const { KeyMetadata } = await t.ok('kms:CreateKey', {});
  const { Policy } = await t.ok('kms:GetKeyPolicy', { KeyId: KeyMetadata.KeyId, PolicyName: 'default' });
  const document = JSON.parse(Policy!) as { Statement: object[] };
  document.Statement.push(cloudTrailKeyPolicyStatement({ accountId: '111122223333', region: 'us-east-1', trailName: 'lab-trail' }));
  await t.ok('kms:PutKeyPolicy', { KeyId: KeyMetadata.KeyId, PolicyName: 'default', Policy: JSON.stringify(document) });
  return KeyMetadata;
}

describe('log file delivery into S3', () => {
  it('delivers an SSE-KMS .json.gz the Admin can read, with the GenerateDataKey S3 made for the user and its encryption context', async () => {
    const t = await testAccount();
    const key = await trailKey(t);
    await createLogBucket(t, 'lab-logs');
    await t.ok('cloudtrail:CreateTrail', { Name: 'lab-trail', S3BucketName: 'lab-logs', KmsKeyId: key.Arn });
    await t.ok('cloudtrail:StartLogging', { Name: 'lab-trail' });
    await t.ok('s3:CreateBucket', { Bucket: 'lab-data' });
    await t.ok('s3:PutObject', { Bucket: 'lab-data', Key: 'secret.txt', Body: utf8('secret'), ServerSideEncryption: 'aws:kms', SSEKMSKeyId: key.Arn });
    await advanceClock(t.account, 5 * MINUTE);

    const [file] = await deliveredLogFiles(t, 'lab-logs');
    expect(file!.key).toMatch(/^AWSLogs\/111122223333\/CloudTrail\/us-east-1\/2026\/01\/15\/111122223333_CloudTrail_us-east-1_20260115T0905Z_[A-Za-z0-9]{16}\.json\.gz$/);
    expect([...file!.gzip.slice(0, 2)]).toEqual([0x1f, 0x8b]);
    const head = await t.ok('s3:HeadObject', { Bucket: 'lab-logs', Key: file!.key });
    expect(head).toMatchObject({ ServerSideEncryption: 'aws:kms', SSEKMSKeyId: key.Arn });
    const generated = file!.records.find((r) => r.eventName === 'GenerateDataKey' && r.userIdentity.arn === ADMIN);
    expect(generated).toMatchObject({
      userIdentity: { type: 'IAMUser', arn: ADMIN, invokedBy: 's3.amazonaws.com' },
      sourceIPAddress: 's3.amazonaws.com',
      requestParameters: { encryptionContext: { 'aws:s3:arn': 'arn:aws:s3:::lab-data/secret.txt' } },
    });
    expect(logFilesOf(t.account.state.cloudtrail)).toEqual([]);
    const status = await t.ok('cloudtrail:GetTrailStatus', { Name: 'lab-trail' });
    expect(status.LatestDeliveryTime).toEqual(new Date(Date.UTC(2026, 0, 15, 9, 5)));
    expect(status.LatestDeliveryError).toBeUndefined();
  });

  it('refuses CreateTrail when the bucket policy does not let CloudTrail write, in AWS\'s words', async () => {
    const t = await testAccount();
    await t.ok('s3:CreateBucket', { Bucket: 'lab-plain' });
    await t.fails('cloudtrail:CreateTrail', { Name: 'lab-trail', S3BucketName: 'lab-plain' }, 'InsufficientS3BucketPolicyException', 'Incorrect S3 bucket policy is detected for bucket: lab-plain');
    await createLogBucket(t, 'lab-other', { name: 'other-trail' });
    await t.fails('cloudtrail:CreateTrail', { Name: 'lab-trail', S3BucketName: 'lab-other' }, 'InsufficientS3BucketPolicyException');
    await t.fails('cloudtrail:CreateTrail', { Name: 'lab-trail', S3BucketName: 'lab-missing' }, 'S3BucketDoesNotExistException');
  });

  it('keeps a log file S3 refused and shows the error in the trail status', async () => {
    const t = await testAccount();
    await createLogBucket(t, 'lab-logs');
    await t.ok('cloudtrail:CreateTrail', { Name: 'lab-trail', S3BucketName: 'lab-logs' });
    await t.ok('cloudtrail:StartLogging', { Name: 'lab-trail' });
    await t.ok('s3:DeleteBucketPolicy', { Bucket: 'lab-logs' });
    await advanceClock(t.account, 5 * MINUTE);
    expect(Object.keys(t.account.state.s3.buckets['lab-logs']!.objects)).toEqual([]);
    expect(logFilesOf(t.account.state.cloudtrail).map((f) => f.bucket)).toEqual(['lab-logs']);
    const status = await t.ok('cloudtrail:GetTrailStatus', { Name: 'lab-trail' });
    expect(status).toMatchObject({ LatestDeliveryError: 'AccessDenied', LatestDeliveryAttemptTime: '2026-01-15T09:05:00Z', LatestDeliveryAttemptSucceeded: '' });
    expect(status.LatestDeliveryTime).toBeUndefined();
  });

  it('cannot deliver under a key whose policy does not let CloudTrail encrypt', async () => {
    const t = await testAccount();
    const { KeyMetadata } = await t.ok('kms:CreateKey', {});
    await createLogBucket(t, 'lab-logs');
    await t.ok('cloudtrail:CreateTrail', { Name: 'lab-trail', S3BucketName: 'lab-logs', KmsKeyId: KeyMetadata.Arn });
    await t.ok('cloudtrail:StartLogging', { Name: 'lab-trail' });
    await advanceClock(t.account, 5 * MINUTE);
    expect((await t.ok('cloudtrail:GetTrailStatus', { Name: 'lab-trail' })).LatestDeliveryError).toBe('AccessDenied');
  });
});
