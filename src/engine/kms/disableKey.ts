import type { OperationContext } from '../operation.ts';
import { findKeyFor } from './keyStateRules.ts';

export type DisableKeyInput = { KeyId: string };

/** A disabled key keeps its material; cryptographic calls fail with DisabledException until it is enabled. */
export async function disableKey(ctx: OperationContext, input: DisableKeyInput): Promise<Record<string, never>> {
  findKeyFor(ctx, 'DisableKey', input.KeyId).keyState = 'Disabled';
  return {};
}
