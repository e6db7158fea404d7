/**
 * kms:RotateKeyOnDemand — new key material now, at most 25 times per key. It does not move
 * the automatic schedule. AWS finishes the rotation in the background; the simulated HSM
 * finishes before answering, so OnDemandRotationStartDate is never seen in progress.
 */
import type { OperationContext } from '../operation.ts';
import { asInput, optionalString, required } from './kmsInput.ts';
import { onDemandRotationLimit } from './cryptoErrors.ts';
import { findKeyOrThrow, findUsableKey } from './resolveKey.ts';
import { assertRotatable, onDemandRotationsOf, ON_DEMAND_ROTATION_LIMIT, rotateMaterial } from './keyRotation.ts';

export type RotateKeyOnDemandInput = { KeyId: string };
export type RotateKeyOnDemandOutput = { KeyId: string };

export async function rotateKeyOnDemand(ctx: OperationContext, raw: RotateKeyOnDemandInput): Promise<RotateKeyOnDemandOutput> {
  const input = asInput(raw);
  const keyId = required(optionalString(input, 'KeyId'), 'keyId');
  assertRotatable(findKeyOrThrow(ctx, keyId));
  const key = findUsableKey(ctx, keyId);
  if (onDemandRotationsOf(key) >= ON_DEMAND_ROTATION_LIMIT) throw onDemandRotationLimit(key);
  await rotateMaterial(ctx.account, key, 'ON_DEMAND', ctx.now);
  return { KeyId: key.keyId };
}
