/** How RetireGrant and RevokeGrant find the grant they delete. */
import type { OperationContext } from '../operation.ts';
import { grantNotFound, invalidGrantId, invalidGrantToken, retireGrantTarget } from './grantErrors.ts';
import { findGrantKey, grantsOf } from './grantStore.ts';
import { grantIdInToken, isGrantId } from './grantToken.ts';
import type { Grant } from './state.ts';

/** The grant `grantId` of the key `keyId` (key id or key ARN; the key may be in any state). */
export function findGrantOfKey(ctx: OperationContext, keyId: string, grantId: string): Grant {
  const key = findGrantKey(ctx, keyId, 'manage');
  if (!isGrantId(grantId)) throw invalidGrantId();
  const grant = grantsOf(ctx.account)[grantId];
  if (!grant || grant.keyId !== key.keyId) throw grantNotFound(grantId);
  return grant;
}

export type GrantTarget = { GrantToken?: string; KeyId?: string; GrantId?: string };

/** The grant RetireGrant names: by its token, or by KeyId and GrantId together. */
export function findGrantToRetire(ctx: OperationContext, target: GrantTarget): Grant {
  if (target.GrantToken !== undefined) {
    const grantId = grantIdInToken(target.GrantToken);
    if (grantId === undefined) throw invalidGrantToken();
    const grant = grantsOf(ctx.account)[grantId];
    if (!grant) throw grantNotFound(grantId);
    return grant;
  }
  if (target.KeyId === undefined || target.GrantId === undefined) throw retireGrantTarget();
  return findGrantOfKey(ctx, target.KeyId, target.GrantId);
}
