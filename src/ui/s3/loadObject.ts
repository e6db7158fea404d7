/** The object page's reads: HeadObject (overview, encryption) and GetObjectAcl (is it public?). */
import type { CallFailure, EngineClient } from '../../client/engineClient.ts';
import type { Result } from '../../shared/result.ts';
import type { Grant, ObjectHead } from './s3Api.ts';

export type ObjectDetails = {
  readonly head: ObjectHead;
  readonly region: string;
  /** The owner's canonical user ID, from the object's ACL. */
  readonly owner?: string;
  /** undefined when the caller may not read the ACL (the page still shows the rest). */
  readonly grants?: readonly Grant[];
};

export async function loadObject(client: EngineClient, as: string, Bucket: string, Key: string): Promise<Result<ObjectDetails, CallFailure>> {
  const [head, acl, location] = await Promise.all([
    client.call('s3:HeadObject', { Bucket, Key }, { as }),
    client.call('s3:GetObjectAcl', { Bucket, Key }, { as }),
    client.call('s3:GetBucketLocation', { Bucket }, { as }),
  ]);
  if (!head.ok) return head;
  // GetBucketLocation answers nothing for us-east-1, as S3 does.
  const region = location.ok ? (location.value.LocationConstraint ?? 'us-east-1') : 'us-east-1';
  return { ok: true, value: { head: head.value, region, ...(acl.ok ? { grants: acl.value.Grants, owner: acl.value.Owner.ID } : {}) } };
}
