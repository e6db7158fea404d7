/**
 * cloudtrail:PutInsightSelectors — turns CloudTrail Insights on for a trail (ApiCallRateInsight,
 * ApiErrorRateInsight, on Management and/or Data events) or off with an empty list. The
 * selection is kept and reported (GetInsightSelectors, HasInsightSelectors), but Insights events
 * themselves are not simulated: no baseline is learned and no Insights event is ever delivered.
 *
 * The prerequisites are the API reference's: API call rate Insights on management events needs
 * write management events logged, API error rate needs read or write ones, and Insights on data
 * events needs data events logged. Event data stores are not simulated.
 */
import type { OperationContext } from '../operation.ts';
import { invalidInsightSelectors } from './cloudTrailErrors.ts';
import { findTrailOrThrow } from './findTrail.ts';
import type { CloudTrailRecord, InsightSelector, Trail } from './state.ts';
import { trailSelects } from './trailSelects.ts';

export type PutInsightSelectorsInput = { TrailName?: string; InsightSelectors: InsightSelector[]; EventDataStore?: string; InsightsDestination?: string };

/** Would the trail log a management (or S3 data) call of this kind? Asked of its own selectors. */
function logs(trail: Trail, category: 'Management' | 'Data', readOnly: boolean): boolean {
  const probe = {
    eventCategory: category, readOnly, eventSource: category === 'Data' ? 's3.amazonaws.com' : 'kms.amazonaws.com', eventName: 'Probe', eventType: 'AwsApiCall',
    userIdentity: {}, resources: category === 'Data' ? [{ type: 'AWS::S3::Object', ARN: 'arn:aws:s3:::' }] : [],
  } as unknown as CloudTrailRecord;
  return trailSelects(trail, probe);
}

// Unconfirmed wording for the three refusals below.
function assertPrerequisites(trail: Trail, selector: InsightSelector): void {
  for (const category of selector.EventCategories ?? ['Management']) {
    const anyLogged = logs(trail, category, false) || logs(trail, category, true);
    if (category === 'Data' && !anyLogged) {
      throw invalidInsightSelectors('To log Insights events on data events, the trail must log read or write data events.');
    }
    if (category === 'Management' && selector.InsightType === 'ApiCallRateInsight' && !logs(trail, 'Management', false)) {
      throw invalidInsightSelectors('To log API call rate Insights events, the trail must log write management events.');
    }
    if (category === 'Management' && selector.InsightType === 'ApiErrorRateInsight' && !anyLogged) {
      throw invalidInsightSelectors('To log API error rate Insights events, the trail must log read or write management events.');
    }
  }
}

export async function putInsightSelectors(ctx: OperationContext, input: PutInsightSelectorsInput) {
  if (input.TrailName === undefined) throw invalidInsightSelectors('Event data stores are not available in this lab; specify TrailName.');
  const trail = findTrailOrThrow(ctx, input.TrailName);
  for (const selector of input.InsightSelectors) {
    if (selector.InsightType === undefined) throw invalidInsightSelectors('InsightType must be ApiCallRateInsight or ApiErrorRateInsight.');
    assertPrerequisites(trail, selector);
  }
  // Kept as given: without EventCategories, AWS documents Insights on management events.
  trail.insightSelectors = input.InsightSelectors.map((s) => ({ ...s }));
  return { TrailARN: trail.arn, InsightSelectors: trail.insightSelectors };
}
