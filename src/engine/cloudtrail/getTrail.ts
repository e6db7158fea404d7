/** cloudtrail:GetTrail — one trail's settings, by name or ARN. */
import type { OperationContext } from '../operation.ts';
import { findTrailOrThrow } from './findTrail.ts';
import { toTrailOutput } from './toTrailOutput.ts';

export async function getTrail(ctx: OperationContext, input: { Name: string }) {
  return { Trail: toTrailOutput(findTrailOrThrow(ctx, input.Name), ctx.account.facts.region) };
}
