import type { OperationContext } from '../operation.ts';
import { findKeyOrThrow } from './resolveKey.ts';
import { toKeyMetadata, type KeyMetadata } from './toKeyMetadata.ts';

export type DescribeKeyInput = { KeyId: string; GrantTokens?: string[] };
export type DescribeKeyOutput = { KeyMetadata: KeyMetadata };

/** Works in every key state: it is how a learner finds out which state a key is in. */
export async function describeKey(ctx: OperationContext, input: DescribeKeyInput): Promise<DescribeKeyOutput> {
  return { KeyMetadata: toKeyMetadata(findKeyOrThrow(ctx, input.KeyId)) };
}
