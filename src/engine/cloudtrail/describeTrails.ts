/**
 * cloudtrail:DescribeTrails — every trail, or those named. A name that matches no trail is
 * left out rather than refused (API reference: names of trails that do not exist are ignored).
 */
import type { OperationContext } from '../operation.ts';
import { trailsOf } from './state.ts';
import { toTrailOutput } from './toTrailOutput.ts';

export async function describeTrails(ctx: OperationContext, input: { trailNameList?: string[]; includeShadowTrails?: boolean }) {
  const wanted = input.trailNameList && input.trailNameList.length > 0 ? new Set(input.trailNameList) : undefined;
  const trails = Object.values(trailsOf(ctx.account.state.cloudtrail))
    .filter((t) => !wanted || wanted.has(t.name) || wanted.has(t.arn))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { trailList: trails.map((t) => toTrailOutput(t, ctx.account.facts.region)) };
}
