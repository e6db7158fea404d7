/** kms:EnableKeyRotation — automatic rotation every RotationPeriodInDays (90–2560, default 365). */
import type { OperationContext } from '../operation.ts';
import { asInput, optionalInteger, optionalString, required } from './kmsInput.ts';
import { outOfRange } from './cryptoErrors.ts';
import { findKeyOrThrow, findUsableKey } from './resolveKey.ts';
import {
  assertRotatable, DEFAULT_ROTATION_PERIOD_DAYS, MAX_ROTATION_PERIOD_DAYS, MIN_ROTATION_PERIOD_DAYS, nextRotationAfter,
} from './keyRotation.ts';

export type EnableKeyRotationInput = { KeyId: string; RotationPeriodInDays?: number };

export async function enableKeyRotation(ctx: OperationContext, raw: EnableKeyRotationInput): Promise<Record<string, never>> {
  const input = asInput(raw);
  const keyId = required(optionalString(input, 'KeyId'), 'keyId');
  const period = optionalInteger(input, 'RotationPeriodInDays');
  if (period !== undefined && (period < MIN_ROTATION_PERIOD_DAYS || period > MAX_ROTATION_PERIOD_DAYS)) {
    throw outOfRange(period, 'rotationPeriodInDays', MIN_ROTATION_PERIOD_DAYS, MAX_ROTATION_PERIOD_DAYS);
  }
  // Origin before state: an EXTERNAL key is PendingImport, but the reason it cannot rotate is its origin.
  assertRotatable(findKeyOrThrow(ctx, keyId));
  const key = findUsableKey(ctx, keyId);
  const periodInDays = period ?? key.rotation.periodInDays ?? DEFAULT_ROTATION_PERIOD_DAYS;
  // Re-enabling with the same period keeps the schedule; a new period restarts it from today.
  const keepSchedule = key.rotation.enabled && key.rotation.periodInDays === periodInDays && key.rotation.nextRotationDate !== undefined;
  key.rotation = {
    ...key.rotation,
    enabled: true,
    periodInDays,
    nextRotationDate: keepSchedule ? key.rotation.nextRotationDate : nextRotationAfter(ctx.now, periodInDays),
  };
  return {};
}
