import type { OperationContext } from '../operation.ts';
import { findKeyFor } from './keyStateRules.ts';

export type UpdateKeyDescriptionInput = { KeyId: string; Description: string };

/** Replaces the description; AWS answers with an empty body. */
export async function updateKeyDescription(ctx: OperationContext, input: UpdateKeyDescriptionInput): Promise<Record<string, never>> {
  findKeyFor(ctx, 'UpdateKeyDescription', input.KeyId).description = input.Description;
  return {};
}
