import type { OperationContext } from '../operation.ts';
import { findKeyFor } from './keyStateRules.ts';

export type EnableKeyInput = { KeyId: string };

/** Enabling an enabled key is not an error in AWS, so it is not one here either. */
export async function enableKey(ctx: OperationContext, input: EnableKeyInput): Promise<Record<string, never>> {
  findKeyFor(ctx, 'EnableKey', input.KeyId).keyState = 'Enabled';
  return {};
}
