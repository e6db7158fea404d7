/** CloudTrail operations, keyed by IAM action. */
import type { Handler } from '../operation.ts';
import { createTrail } from './createTrail.ts';
import { deleteTrail } from './deleteTrail.ts';
import { describeTrails } from './describeTrails.ts';
import { getEventSelectors } from './getEventSelectors.ts';
import { getInsightSelectors } from './getInsightSelectors.ts';
import { getTrail } from './getTrail.ts';
import { getTrailStatus } from './getTrailStatus.ts';
import { lookupEvents } from './lookupEvents.ts';
import { putEventSelectors } from './putEventSelectors.ts';
import { putInsightSelectors } from './putInsightSelectors.ts';
import { startLogging } from './startLogging.ts';
import { stopLogging } from './stopLogging.ts';

export const cloudTrailOperations = {
  'cloudtrail:LookupEvents': lookupEvents,
  'cloudtrail:CreateTrail': createTrail,
  'cloudtrail:DeleteTrail': deleteTrail,
  'cloudtrail:DescribeTrails': describeTrails,
  'cloudtrail:GetTrail': getTrail,
  'cloudtrail:GetTrailStatus': getTrailStatus,
  'cloudtrail:StartLogging': startLogging,
  'cloudtrail:StopLogging': stopLogging,
  'cloudtrail:PutEventSelectors': putEventSelectors,
  'cloudtrail:GetEventSelectors': getEventSelectors,
  'cloudtrail:PutInsightSelectors': putInsightSelectors,
  'cloudtrail:GetInsightSelectors': getInsightSelectors,
} satisfies Record<`cloudtrail:${string}`, Handler>;
