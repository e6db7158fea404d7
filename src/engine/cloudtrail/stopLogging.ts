/**
 * cloudtrail:StopLogging — the trail collects nothing more. Events it already collected are
 * still delivered. The StopLogging call itself is in event history; it is not in the stopped
 * trail's own files here, because the record is written after the handler (whether AWS puts it
 * there is unconfirmed).
 */
import type { OperationContext } from '../operation.ts';
import { findTrailOrThrow } from './findTrail.ts';

export async function stopLogging(ctx: OperationContext, input: { Name: string }): Promise<Record<string, never>> {
  const trail = findTrailOrThrow(ctx, input.Name);
  if (trail.isLogging) {
    trail.isLogging = false;
    trail.stopLoggingTime = ctx.now;
  }
  return {};
}
