import type { OperationContext } from '../operation.ts';
import { accessKeyOwner, findUserKey } from './accessKeyOwner.ts';

export type UpdateAccessKeyInput = { UserName?: string; AccessKeyId: string; Status: 'Active' | 'Inactive' };

/** An Inactive key stops authenticating at once (InvalidClientTokenId) but can be re-activated. */
export async function updateAccessKey(ctx: OperationContext, input: UpdateAccessKeyInput): Promise<Record<string, never>> {
  findUserKey(accessKeyOwner(ctx, input.UserName), input.AccessKeyId).status = input.Status;
  return {};
}
