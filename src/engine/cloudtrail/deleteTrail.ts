/** cloudtrail:DeleteTrail — the trail stops delivering; files already delivered stay in the bucket. */
import type { OperationContext } from '../operation.ts';
import { findTrailOrThrow } from './findTrail.ts';
import { trailsOf } from './state.ts';

export async function deleteTrail(ctx: OperationContext, input: { Name: string }): Promise<Record<string, never>> {
  const trail = findTrailOrThrow(ctx, input.Name);
  delete trailsOf(ctx.account.state.cloudtrail)[trail.name];
  return {};
}
