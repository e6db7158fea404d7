/** KMS operations that manage keys, aliases, tags, policies and key lifecycle. */
import type { Handler } from '../operation.ts';

export const kmsKeyOperations = {} satisfies Record<`kms:${string}`, Handler>;
