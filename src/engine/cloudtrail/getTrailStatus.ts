/**
 * cloudtrail:GetTrailStatus — whether the trail is logging and when it last delivered. The
 * string members (TimeLoggingStarted …) are AWS's older copies of the dates, as ISO text.
 */
import type { OperationContext } from '../operation.ts';
import { findTrailOrThrow } from './findTrail.ts';
import { isoSeconds } from './userIdentity.ts';

const date = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms));
const text = (ms: number | undefined) => (ms === undefined ? '' : isoSeconds(ms));

export async function getTrailStatus(ctx: OperationContext, input: { Name: string }) {
  // AWS repeats the trail's ARN, not the name given, in this operation's not-found message.
  const trail = findTrailOrThrow(ctx, input.Name, 'asArn');
  return {
    IsLogging: trail.isLogging,
    ...(trail.latestDeliveryError !== undefined ? { LatestDeliveryError: trail.latestDeliveryError } : {}),
    LatestDeliveryTime: date(trail.latestDeliveryTime),
    StartLoggingTime: date(trail.startLoggingTime),
    StopLoggingTime: date(trail.stopLoggingTime),
    LatestDeliveryAttemptTime: text(trail.latestDeliveryAttemptTime),
    LatestNotificationAttemptTime: '',
    LatestNotificationAttemptSucceeded: '',
    LatestDeliveryAttemptSucceeded: text(trail.latestDeliveryTime),
    TimeLoggingStarted: text(trail.startLoggingTime),
    TimeLoggingStopped: text(trail.stopLoggingTime),
  };
}
