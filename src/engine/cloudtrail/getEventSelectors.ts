/** cloudtrail:GetEventSelectors — the trail's basic selectors (the default one if never set), or its advanced ones. */
import type { OperationContext } from '../operation.ts';
import { findTrailOrThrow } from './findTrail.ts';
import { DEFAULT_EVENT_SELECTORS } from './trailSelects.ts';

export async function getEventSelectors(ctx: OperationContext, input: { TrailName: string }) {
  const trail = findTrailOrThrow(ctx, input.TrailName);
  if (trail.advancedEventSelectors) return { TrailARN: trail.arn, AdvancedEventSelectors: trail.advancedEventSelectors };
  return { TrailARN: trail.arn, EventSelectors: trail.eventSelectors ?? DEFAULT_EVENT_SELECTORS };
}
