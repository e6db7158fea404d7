import type { OperationContext } from '../operation.ts';
import { accessKeyNotFound } from './iamErrors.ts';
import { findAccessKey } from './authenticate.ts';

export type GetAccessKeyLastUsedInput = { AccessKeyId: string };
export type GetAccessKeyLastUsedOutput = {
  UserName: string;
  AccessKeyLastUsed: { LastUsedDate?: Date; ServiceName: string; Region: string };
};

/** A key never used shows ServiceName and Region "N/A", as IAM documents. */
export async function getAccessKeyLastUsed(ctx: OperationContext, input: GetAccessKeyLastUsedInput): Promise<GetAccessKeyLastUsedOutput> {
  const found = findAccessKey(ctx.account, input.AccessKeyId);
  if (!found?.user) throw accessKeyNotFound(input.AccessKeyId);
  const used = found.user.accessKeys.find((k) => k.accessKeyId === input.AccessKeyId)?.lastUsed;
  return {
    UserName: found.user.userName,
    AccessKeyLastUsed: used ? { LastUsedDate: new Date(used.date), ServiceName: used.serviceName, Region: used.region } : { ServiceName: 'N/A', Region: 'N/A' },
  };
}
