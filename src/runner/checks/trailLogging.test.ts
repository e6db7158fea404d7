import { expect, it } from 'vitest';
import { trailLogging } from './trailLogging.ts';
import { checkAccount, withTrail } from './testing/checkAccount.ts';

const ALL = { trail: 'labTrail', bucket: 'trail-logs*', managementEvents: true, s3DataEvents: true, insights: true };

it('says, one thing at a time, what the trail still lacks: existence, logging, data events, Insights', async () => {
  const a = await checkAccount();
  expect((await a.check(trailLogging(ALL))).words).toBe('Waiting for the trail labTrail — none found.');
  await withTrail(a, 'trail-logs-1', 'labTrail');
  expect((await a.check(trailLogging(ALL))).words).toBe('Trail labTrail exists but is not logging.');
  await a.ok('cloudtrail:StartLogging', { Name: 'labTrail' });
  expect((await a.check(trailLogging(ALL))).words).toBe('Trail labTrail does not log S3 data events yet.');
  await a.ok('cloudtrail:PutEventSelectors', { TrailName: 'labTrail', EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }] });
  expect((await a.check(trailLogging(ALL))).words).toBe('Trail labTrail does not log Insights events yet (API call rate, API error rate).');
  await a.ok('cloudtrail:PutInsightSelectors', { TrailName: 'labTrail', InsightSelectors: [{ InsightType: 'ApiCallRateInsight' }, { InsightType: 'ApiErrorRateInsight' }] });
  expect(await a.check(trailLogging(ALL))).toMatchObject({ passed: true, words: 'Trail labTrail is logging to trail-logs-1.' });
});

it('names the bucket the trail delivers to when it is not the one asked for, and a selection the lab wants off', async () => {
  const a = await checkAccount();
  await withTrail(a, 'other-logs', 'labTrail');
  await a.ok('cloudtrail:StartLogging', { Name: 'labTrail' });
  expect((await a.check(trailLogging(ALL))).words).toBe('Trail labTrail delivers to other-logs, not to trail-logs*.');
  expect((await a.check(trailLogging({ trail: 'labTrail', managementEvents: false }))).words).toBe('Trail labTrail still logs management events.');
  await a.ok('cloudtrail:PutEventSelectors', { TrailName: 'labTrail', EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: false, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }] });
  expect((await a.check(trailLogging({ trail: 'labTrail', managementEvents: true }))).words).toBe('Trail labTrail does not log management events yet.');
  expect((await a.check(trailLogging({ trail: 'labTrail', s3DataEvents: false }))).words).toBe('Trail labTrail still logs S3 data events.');
});
