import type { OperationContext } from '../operation.ts';
import { findUser } from './iamEntities.ts';
import { accessKeyNotFound, iamError } from './iamErrors.ts';
import type { AccessKey, IamUser } from './state.ts';

/**
 * The user an access-key operation is about: the one named, else the caller. A role session
 * has no keys of its own; AWS's wording for that case is the GetUser one (unconfirmed here).
 */
export function accessKeyOwner(ctx: OperationContext, userName: string | undefined): IamUser {
  if (userName !== undefined) return findUser(ctx, userName);
  const { principal } = ctx;
  if (principal.type !== 'IAMUser' || principal.userName === undefined) {
    throw iamError('ValidationError', 'Must specify userName when calling with non-User credentials');
  }
  return findUser(ctx, principal.userName);
}

export function findUserKey(user: IamUser, accessKeyId: string): AccessKey {
  const key = user.accessKeys.find((k) => k.accessKeyId === accessKeyId);
  if (!key) throw accessKeyNotFound(accessKeyId);
  return key;
}
