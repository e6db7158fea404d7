/**
 * cloudtrail:GetInsightSelectors — the trail's Insights selection, or InsightNotEnabledException
 * when it has none (the default, and after PutInsightSelectors with an empty list).
 * Insights events themselves are not simulated (see putInsightSelectors.ts).
 */
import type { OperationContext } from '../operation.ts';
import { insightNotEnabled, invalidInsightSelectors } from './cloudTrailErrors.ts';
import { findTrailOrThrow } from './findTrail.ts';

export async function getInsightSelectors(ctx: OperationContext, input: { TrailName?: string; EventDataStore?: string }) {
  // Unconfirmed wording; event data stores are not simulated.
  if (input.TrailName === undefined) throw invalidInsightSelectors('Event data stores are not available in this lab; specify TrailName.');
  const trail = findTrailOrThrow(ctx, input.TrailName);
  if (!trail.insightSelectors || trail.insightSelectors.length === 0) throw insightNotEnabled(trail.arn);
  return { TrailARN: trail.arn, InsightSelectors: trail.insightSelectors };
}
