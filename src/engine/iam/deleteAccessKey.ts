import type { OperationContext } from '../operation.ts';
import { accessKeyOwner, findUserKey } from './accessKeyOwner.ts';

export type DeleteAccessKeyInput = { UserName?: string; AccessKeyId: string };

export async function deleteAccessKey(ctx: OperationContext, input: DeleteAccessKeyInput): Promise<Record<string, never>> {
  const user = accessKeyOwner(ctx, input.UserName);
  const key = findUserKey(user, input.AccessKeyId);
  user.accessKeys = user.accessKeys.filter((k) => k !== key);
  return {};
}
