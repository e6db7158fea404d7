/**
 * Finding a trail by name or ARN, with AWS's trail-name rules: 3–128 characters of letters,
 * digits, periods, hyphens and underscores, starting and ending with a letter or digit.
 */
import type { OperationContext } from '../operation.ts';
import { cloudTrailArnInvalid, invalidTrailName, trailNotFound } from './cloudTrailErrors.ts';
import { trailsOf, type Trail } from './state.ts';

export function assertTrailName(name: string): void {
  if (name.length < 3) throw invalidTrailName(`Trail name too short. Minimum allowed length: 3 characters. Specified name length: ${name.length} characters.`);
  if (name.length > 128) throw invalidTrailName(`Trail name too long. Maximum allowed length: 128 characters. Specified name length: ${name.length} characters.`);
  if (!/^[0-9a-zA-Z]/.test(name)) throw invalidTrailName('Trail name must starts with a letter or number.');
  if (!/[0-9a-zA-Z]$/.test(name)) throw invalidTrailName('Trail name must ends with a letter or number.');
  if (!/^[.\-_0-9a-zA-Z]+$/.test(name)) {
    throw invalidTrailName('Trail name or ARN can only contain uppercase letters, lowercase letters, numbers, periods (.), hyphens (-), and underscores (_).');
  }
}

export const trailArnOf = (ctx: OperationContext, name: string) =>
  `arn:${ctx.account.facts.partition}:cloudtrail:${ctx.account.facts.region}:${ctx.account.facts.accountId}:trail/${name}`;

/** The trail a request names; `errorName` is what the not-found message repeats (GetTrailStatus repeats the ARN). */
export function findTrailOrThrow(ctx: OperationContext, nameOrArn: string, errorName: 'asGiven' | 'asArn' = 'asGiven'): Trail {
  const trails = trailsOf(ctx.account.state.cloudtrail);
  const { accountId } = ctx.account.facts;
  if (nameOrArn.startsWith('arn:')) {
    if (!/^arn:[^:]+:cloudtrail:[^:]+:\d{12}:trail\/.+$/.test(nameOrArn)) throw cloudTrailArnInvalid(nameOrArn);
    const trail = Object.values(trails).find((t) => t.arn === nameOrArn);
    if (!trail) throw trailNotFound(nameOrArn, accountId);
    return trail;
  }
  assertTrailName(nameOrArn);
  const trail = trails[nameOrArn];
  if (!trail) throw trailNotFound(errorName === 'asArn' ? trailArnOf(ctx, nameOrArn) : nameOrArn, accountId);
  return trail;
}
