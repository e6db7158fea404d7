import type { OperationContext } from '../operation.ts';
import { accessKeyOwner } from './accessKeyOwner.ts';
import { accessKeyQuota } from './iamErrors.ts';
import { accessKeyIdOf, secretAccessKeyOf } from './iamIds.ts';

export type CreateAccessKeyInput = { UserName?: string };
export type CreateAccessKeyOutput = {
  AccessKey: { UserName: string; AccessKeyId: string; Status: 'Active'; SecretAccessKey: string; CreateDate: Date };
};

/** The only time IAM shows the secret; a user may hold two keys. */
export async function createAccessKey(ctx: OperationContext, input: CreateAccessKeyInput): Promise<CreateAccessKeyOutput> {
  const user = accessKeyOwner(ctx, input.UserName);
  if (user.accessKeys.length >= 2) throw accessKeyQuota();
  const { ids } = ctx.account.platform;
  const key = { accessKeyId: accessKeyIdOf(ids, 'AKIA'), secretAccessKey: secretAccessKeyOf(ids), status: 'Active' as const, createDate: ctx.now };
  user.accessKeys.push(key);
  return {
    AccessKey: { UserName: user.userName, AccessKeyId: key.accessKeyId, Status: key.status, SecretAccessKey: key.secretAccessKey, CreateDate: new Date(key.createDate) },
  };
}
