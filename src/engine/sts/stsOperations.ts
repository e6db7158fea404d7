/** STS operations, keyed by IAM action. */
import type { Handler } from '../operation.ts';
import { assumeRole } from './assumeRole.ts';
import { getCallerIdentity } from './getCallerIdentity.ts';

export const stsOperations = {
  'sts:GetCallerIdentity': getCallerIdentity,
  'sts:AssumeRole': assumeRole,
} satisfies Record<`sts:${string}`, Handler>;
