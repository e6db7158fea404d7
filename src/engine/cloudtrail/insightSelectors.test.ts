/** CloudTrail Insights selection on a trail: PutInsightSelectors / GetInsightSelectors, in AWS's words. */
import { expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';
import { createLogBucket } from './testing/logBucket.ts';

const TRAIL_ARN = 'arn:aws:cloudtrail:us-east-1:111122223333:trail/lab-trail';
const BOTH = [{ InsightType: 'ApiCallRateInsight' as const }, { InsightType: 'ApiErrorRateInsight' as const }];

async function trail() {
  const t = await testAccount();
  await createLogBucket(t, 'lab-logs');
  await t.ok('cloudtrail:CreateTrail', { Name: 'lab-trail', S3BucketName: 'lab-logs' });
  return t;
}

it('answers InsightNotEnabledException, naming the trail ARN, for a trail that never turned Insights on', async () => {
  const t = await trail();
  await t.fails('cloudtrail:GetInsightSelectors', { TrailName: 'lab-trail' }, 'InsightNotEnabledException',
    `Trail ${TRAIL_ARN} does not have Insights enabled. Edit the trail settings to enable Insights, and then try the operation again.`);
  expect((await t.ok('cloudtrail:GetTrail', { Name: 'lab-trail' })).Trail?.HasInsightSelectors).toBe(false);
});

it('turns on API call rate and error rate Insights and reports them on the trail', async () => {
  const t = await trail();
  expect(await t.ok('cloudtrail:PutInsightSelectors', { TrailName: 'lab-trail', InsightSelectors: BOTH })).toEqual({ TrailARN: TRAIL_ARN, InsightSelectors: BOTH });
  expect(await t.ok('cloudtrail:GetInsightSelectors', { TrailName: TRAIL_ARN })).toEqual({ TrailARN: TRAIL_ARN, InsightSelectors: BOTH });
  expect((await t.ok('cloudtrail:GetTrail', { Name: 'lab-trail' })).Trail?.HasInsightSelectors).toBe(true);
});

it('turns Insights off again with an empty list', async () => {
  const t = await trail();
  await t.ok('cloudtrail:PutInsightSelectors', { TrailName: 'lab-trail', InsightSelectors: BOTH });
  await t.ok('cloudtrail:PutInsightSelectors', { TrailName: 'lab-trail', InsightSelectors: [] });
  await t.fails('cloudtrail:GetInsightSelectors', { TrailName: 'lab-trail' }, 'InsightNotEnabledException');
});

it('refuses API call rate Insights on a trail that logs only read management events, and Insights on data events without data events', async () => {
  const t = await trail();
  await t.ok('cloudtrail:PutEventSelectors', { TrailName: 'lab-trail', EventSelectors: [{ ReadWriteType: 'ReadOnly', IncludeManagementEvents: true }] });
  await t.fails('cloudtrail:PutInsightSelectors', { TrailName: 'lab-trail', InsightSelectors: [{ InsightType: 'ApiCallRateInsight' }] }, 'InvalidInsightSelectorsException');
  await t.ok('cloudtrail:PutInsightSelectors', { TrailName: 'lab-trail', InsightSelectors: [{ InsightType: 'ApiErrorRateInsight' }] });
  await t.fails('cloudtrail:PutInsightSelectors', { TrailName: 'lab-trail', InsightSelectors: [{ InsightType: 'ApiErrorRateInsight', EventCategories: ['Data'] }] }, 'InvalidInsightSelectorsException');
});

it('answers TrailNotFoundException for a trail that does not exist', async () => {
  const t = await trail();
  await t.fails('cloudtrail:PutInsightSelectors', { TrailName: 'nope', InsightSelectors: BOTH }, 'TrailNotFoundException', 'Unknown trail: nope for the user: 111122223333');
  await t.fails('cloudtrail:GetInsightSelectors', { TrailName: 'nope' }, 'TrailNotFoundException');
});
