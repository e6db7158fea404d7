import type { OperationContext } from '../operation.ts';
import { findKeyFor } from './keyStateRules.ts';
import { pendingWindowOutOfRange } from './kmsErrors.ts';
import type { KeyState } from './state.ts';

export type ScheduleKeyDeletionInput = { KeyId: string; PendingWindowInDays?: number };
export type ScheduleKeyDeletionOutput = { KeyId: string; DeletionDate: Date; KeyState: KeyState; PendingWindowInDays: number };

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_WINDOW_DAYS = 30;

/**
 * Starts the waiting period. The key is deleted by deleteDueKeys once the simulated clock
 * passes DeletionDate; until then CancelKeyDeletion can bring it back.
 */
export async function scheduleKeyDeletion(ctx: OperationContext, input: ScheduleKeyDeletionInput): Promise<ScheduleKeyDeletionOutput> {
  const days = input.PendingWindowInDays ?? DEFAULT_WINDOW_DAYS;
  // The model allows 1–365; KMS itself only 7–30, checked before the key is even looked up.
  if (days < 7 || days > 30) throw pendingWindowOutOfRange();
  const key = findKeyFor(ctx, 'ScheduleKeyDeletion', input.KeyId);
  key.keyState = 'PendingDeletion';
  key.deletionDate = ctx.now + days * DAY_MS;
  key.pendingDeletionWindowInDays = days;
  return { KeyId: key.arn, DeletionDate: new Date(key.deletionDate), KeyState: key.keyState, PendingWindowInDays: days };
}
