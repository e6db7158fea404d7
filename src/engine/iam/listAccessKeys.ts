import type { OperationContext } from '../operation.ts';
import { accessKeyOwner } from './accessKeyOwner.ts';
import { iamPage, pagingOf } from './iamPage.ts';

export type ListAccessKeysInput = { UserName?: string; Marker?: string; MaxItems?: number };
export type AccessKeyMetadata = { UserName: string; AccessKeyId: string; Status: 'Active' | 'Inactive'; CreateDate: Date };
export type ListAccessKeysOutput = { AccessKeyMetadata: AccessKeyMetadata[]; IsTruncated: boolean; Marker?: string };

/** Key ids and status only: the secret is never shown again after CreateAccessKey. */
export async function listAccessKeys(ctx: OperationContext, input: ListAccessKeysInput): Promise<ListAccessKeysOutput> {
  const user = accessKeyOwner(ctx, input.UserName);
  const page = iamPage(user.accessKeys, input.MaxItems, input.Marker);
  const metadata = page.items.map((k) => ({ UserName: user.userName, AccessKeyId: k.accessKeyId, Status: k.status, CreateDate: new Date(k.createDate) }));
  return { AccessKeyMetadata: metadata, ...pagingOf(page) };
}
