import type { OperationContext } from '../operation.ts';
import { findKeyOrThrow } from './resolveKey.ts';

export type ListKeyPoliciesInput = { KeyId: string; Limit?: number; Marker?: string };
export type ListKeyPoliciesOutput = { PolicyNames: string[]; Truncated: boolean };

/** Every key has the one policy "default", so there is never a second page. */
export async function listKeyPolicies(ctx: OperationContext, input: ListKeyPoliciesInput): Promise<ListKeyPoliciesOutput> {
  findKeyOrThrow(ctx, input.KeyId);
  return { PolicyNames: ['default'], Truncated: false };
}
