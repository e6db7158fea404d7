/** kms:DisableKeyRotation — stops automatic rotation; existing material generations stay. */
import type { OperationContext } from '../operation.ts';
import { asInput, optionalString, required } from './kmsInput.ts';
import { findKeyOrThrow, findUsableKey } from './resolveKey.ts';
import { assertRotatable } from './keyRotation.ts';

export type DisableKeyRotationInput = { KeyId: string };

export async function disableKeyRotation(ctx: OperationContext, raw: DisableKeyRotationInput): Promise<Record<string, never>> {
  const input = asInput(raw);
  const keyId = required(optionalString(input, 'KeyId'), 'keyId');
  assertRotatable(findKeyOrThrow(ctx, keyId));
  const key = findUsableKey(ctx, keyId);
  const { onDemandRotationStartDate } = key.rotation;
  key.rotation = onDemandRotationStartDate === undefined ? { enabled: false } : { enabled: false, onDemandRotationStartDate };
  return {};
}
