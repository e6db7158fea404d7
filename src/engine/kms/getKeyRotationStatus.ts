/**
 * kms:GetKeyRotationStatus. While a key is pending deletion AWS reports rotation as off (and
 * does not rotate it); cancelling the deletion brings the setting back, so the stored
 * setting is left alone and only the answer changes.
 */
import type { OperationContext } from '../operation.ts';
import { asInput, optionalString, required } from './kmsInput.ts';
import { findKeyOrThrow } from './resolveKey.ts';
import { assertRotatable, toDate } from './keyRotation.ts';

export type GetKeyRotationStatusInput = { KeyId: string };
export type GetKeyRotationStatusOutput = {
  KeyRotationEnabled: boolean;
  KeyId: string;
  RotationPeriodInDays?: number;
  NextRotationDate?: Date;
  OnDemandRotationStartDate?: Date;
};

export async function getKeyRotationStatus(ctx: OperationContext, raw: GetKeyRotationStatusInput): Promise<GetKeyRotationStatusOutput> {
  const input = asInput(raw);
  const key = findKeyOrThrow(ctx, required(optionalString(input, 'KeyId'), 'keyId'));
  assertRotatable(key);
  const { rotation } = key;
  const enabled = rotation.enabled && key.keyState !== 'PendingDeletion';
  const onDemand = toDate(rotation.onDemandRotationStartDate);
  return {
    KeyRotationEnabled: enabled,
    KeyId: key.keyId,
    ...(enabled && rotation.periodInDays !== undefined ? { RotationPeriodInDays: rotation.periodInDays } : {}),
    ...(enabled && rotation.nextRotationDate !== undefined ? { NextRotationDate: new Date(rotation.nextRotationDate) } : {}),
    ...(onDemand ? { OnDemandRotationStartDate: onDemand } : {}),
  };
}
