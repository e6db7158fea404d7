import type { OperationContext } from '../operation.ts';
import { findKeyFor } from './keyStateRules.ts';

export type CancelKeyDeletionInput = { KeyId: string };
export type CancelKeyDeletionOutput = { KeyId: string };

/**
 * Ends the waiting period. The key comes back Disabled, never Enabled, so nothing starts
 * using it again by surprise. A key that never received imported material goes back to
 * PendingImport, since there is nothing it could be enabled with.
 */
export async function cancelKeyDeletion(ctx: OperationContext, input: CancelKeyDeletionInput): Promise<CancelKeyDeletionOutput> {
  const key = findKeyFor(ctx, 'CancelKeyDeletion', input.KeyId);
  key.keyState = key.materials.length === 0 ? 'PendingImport' : 'Disabled';
  delete key.deletionDate;
  delete key.pendingDeletionWindowInDays;
  return { KeyId: key.arn };
}
