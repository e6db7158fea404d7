/** KMS grant operations, keyed by IAM action. */
import type { Handler } from '../operation.ts';
import { createGrant } from './createGrant.ts';
import { listGrants } from './listGrants.ts';
import { listRetirableGrants } from './listRetirableGrants.ts';
import { retireGrant } from './retireGrant.ts';
import { revokeGrant } from './revokeGrant.ts';

export const kmsGrantOperations = {
  'kms:CreateGrant': createGrant,
  'kms:ListGrants': listGrants,
  'kms:ListRetirableGrants': listRetirableGrants,
  'kms:RetireGrant': retireGrant,
  'kms:RevokeGrant': revokeGrant,
} satisfies Record<`kms:${string}`, Handler>;
