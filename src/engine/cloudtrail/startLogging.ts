/** cloudtrail:StartLogging — from now on the trail collects the events its selectors ask for. */
import type { OperationContext } from '../operation.ts';
import { findTrailOrThrow } from './findTrail.ts';

export async function startLogging(ctx: OperationContext, input: { Name: string }): Promise<Record<string, never>> {
  const trail = findTrailOrThrow(ctx, input.Name);
  if (!trail.isLogging) {
    trail.isLogging = true;
    trail.startLoggingTime = ctx.now;
  }
  return {};
}
