/**
 * S3's records in a trail's log file read as AWS writes them: wire names in requestParameters
 * (bucketName, Host, key, x-amz-* headers, query parameters), and object listings as data
 * events, ListObjectsV2 under the name "ListObjects".
 */
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../shared/bytes.ts';
import { testAccount } from '../testing/testAccount.ts';
import { advanceClock } from '../time.ts';
import { createLogBucket, deliveredLogFiles } from './testing/logBucket.ts';

async function trailWithS3DataEvents() {
  const t = await testAccount();
  await createLogBucket(t, 'lab-logs');
  await t.ok('cloudtrail:CreateTrail', { Name: 'lab-trail', S3BucketName: 'lab-logs' });
  await t.ok('cloudtrail:PutEventSelectors', {
    TrailName: 'lab-trail',
    EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::lab-data/'] }] }],
  });
  await t.ok('cloudtrail:StartLogging', { Name: 'lab-trail' });
  await t.ok('s3:CreateBucket', { Bucket: 'lab-data' });
  return t;
}

async function deliveredRecords(t: Awaited<ReturnType<typeof testAccount>>) {
  await advanceClock(t.account, 10 * 60 * 1000);
  return (await deliveredLogFiles(t, 'lab-logs')).flatMap((f) => f.records);
}

describe('S3 records', () => {
  it('name the bucket, host, key and encryption headers by their wire names', async () => {
    const t = await trailWithS3DataEvents();
    await t.ok('s3:PutObject', { Bucket: 'lab-data', Key: 'notes.txt', Body: utf8('hi'), ServerSideEncryption: 'AES256' });
    const put = (await deliveredRecords(t)).find((r) => r.eventName === 'PutObject');
    expect(put?.requestParameters).toEqual({
      bucketName: 'lab-data', Host: 'lab-data.s3.us-east-1.amazonaws.com', key: 'notes.txt', 'x-amz-server-side-encryption': 'AES256',
    });
    expect(put).toMatchObject({ eventCategory: 'Data', managementEvent: false });
  });

  it('log a ListObjectsV2 as the data event "ListObjects" with list-type 2 and the listed objects as an ARNPrefix, kept out of event history', async () => {
    const t = await trailWithS3DataEvents();
    await t.ok('s3:ListObjectsV2', { Bucket: 'lab-data', Delimiter: '/' });
    const listed = (await deliveredRecords(t)).find((r) => r.eventName === 'ListObjects');
    expect(listed).toMatchObject({
      requestParameters: { 'list-type': '2', bucketName: 'lab-data', delimiter: '/', Host: 'lab-data.s3.us-east-1.amazonaws.com' },
      resources: [{ accountId: '111122223333', type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::lab-data' }, { type: 'AWS::S3::Object', ARNPrefix: 'arn:aws:s3:::lab-data/' }],
      readOnly: true, eventCategory: 'Data', managementEvent: false,
    });
    const history = await t.ok('cloudtrail:LookupEvents', { LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'ListObjects' }] });
    expect(history.Events).toEqual([]);
  });
});
