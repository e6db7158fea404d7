import { expect, it } from 'vitest';
import { createHeadlessLab } from '../../headless.ts';
import { advancedEventSelectorsOf, eventSelectorsOf, insightSelectorsOf, putEventSelectorsInput, trailBucketPolicy, type TrailForm } from './createTrailPlan.ts';

const scope = { accountId: '111122223333', region: 'us-east-1' };
const form: TrailForm = { name: 'lab-trail', bucket: { kind: 'new', name: 'lab-trail-logs' }, management: { read: true, write: true }, data: { kind: 'none', bucket: '' } };

it('a new bucket with the documented CloudTrail bucket policy is one CreateTrail accepts, and the trail then delivers into it', async () => {
  const { client } = await createHeadlessLab();
  expect((await client.call('s3:CreateBucket', { Bucket: 'lab-trail-logs' })).ok).toBe(true);
  expect((await client.call('s3:PutBucketPolicy', { Bucket: 'lab-trail-logs', Policy: trailBucketPolicy(scope, 'lab-trail-logs', 'lab-trail') })).ok).toBe(true);
  const created = await client.call('cloudtrail:CreateTrail', { Name: 'lab-trail', S3BucketName: 'lab-trail-logs' });
  expect(created.ok ? created.value.TrailARN : created.error.message).toBe('arn:aws:cloudtrail:us-east-1:111122223333:trail/lab-trail');
});

it('a bucket policy written for another trail is refused by CreateTrail', async () => {
  const { client } = await createHeadlessLab();
  await client.call('s3:CreateBucket', { Bucket: 'lab-trail-logs' });
  await client.call('s3:PutBucketPolicy', { Bucket: 'lab-trail-logs', Policy: trailBucketPolicy(scope, 'lab-trail-logs', 'other') });
  const created = await client.call('cloudtrail:CreateTrail', { Name: 'lab-trail', S3BucketName: 'lab-trail-logs' });
  expect(created.ok ? 'created' : created.error.code).toBe('InsufficientS3BucketPolicyException');
});

it('selects write-only management events, and S3 data events for all buckets or one bucket', () => {
  expect(eventSelectorsOf({ ...form, management: { read: false, write: true } })).toEqual([{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }]);
  expect(eventSelectorsOf({ ...form, data: { kind: 'allBuckets', bucket: '' } })?.[0]?.DataResources).toEqual([{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }]);
  expect(eventSelectorsOf({ ...form, management: { read: false, write: false }, data: { kind: 'bucket', bucket: 'photos' } }))
    .toEqual([{ ReadWriteType: 'All', IncludeManagementEvents: false, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::photos/'] }] }]);
});

it('Insights types chosen on the form are saved with the trail, and no Insights types means no PutInsightSelectors', async () => {
  expect(insightSelectorsOf(form)).toBeUndefined();
  expect(insightSelectorsOf({ ...form, insights: [] })).toBeUndefined();
  const chosen = { ...form, insights: ['ApiCallRateInsight', 'ApiErrorRateInsight'] } as const;
  const { client } = await createHeadlessLab();
  await client.call('s3:CreateBucket', { Bucket: 'lab-trail-logs' });
  await client.call('s3:PutBucketPolicy', { Bucket: 'lab-trail-logs', Policy: trailBucketPolicy(scope, 'lab-trail-logs', 'lab-trail') });
  await client.call('cloudtrail:CreateTrail', { Name: 'lab-trail', S3BucketName: 'lab-trail-logs' });
  await client.call('cloudtrail:PutEventSelectors', { TrailName: 'lab-trail', EventSelectors: eventSelectorsOf(chosen) });
  const put = await client.call('cloudtrail:PutInsightSelectors', { TrailName: 'lab-trail', InsightSelectors: insightSelectorsOf(chosen) ?? [] });
  expect(put.ok ? put.value.InsightSelectors : put.error.code).toEqual([{ InsightType: 'ApiCallRateInsight' }, { InsightType: 'ApiErrorRateInsight' }]);
});

it('the advanced event selectors the console opens on select management events and every S3 object, and the trail takes them', async () => {
  const advanced: TrailForm = { ...form, selectors: 'advanced', data: { kind: 'allBuckets', bucket: '' } };
  expect(advancedEventSelectorsOf({ ...advanced, management: { read: false, write: true }, data: { kind: 'none', bucket: '' } }))
    .toEqual([{ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }, { Field: 'readOnly', Equals: ['false'] }] }]);
  expect(putEventSelectorsInput({ ...advanced, selectors: 'basic' })).toEqual({ EventSelectors: eventSelectorsOf(advanced) });
  const { client } = await createHeadlessLab();
  await client.call('s3:CreateBucket', { Bucket: 'lab-trail-logs' });
  await client.call('s3:PutBucketPolicy', { Bucket: 'lab-trail-logs', Policy: trailBucketPolicy(scope, 'lab-trail-logs', 'lab-trail') });
  await client.call('cloudtrail:CreateTrail', { Name: 'lab-trail', S3BucketName: 'lab-trail-logs' });
  expect((await client.call('cloudtrail:PutEventSelectors', { TrailName: 'lab-trail', ...putEventSelectorsInput(advanced) })).ok).toBe(true);
  const got = await client.call('cloudtrail:GetEventSelectors', { TrailName: 'lab-trail' });
  expect(got.ok ? got.value.AdvancedEventSelectors : got.error.code).toEqual([
    { FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
    { FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::S3::Object'] }] },
  ]);
});
