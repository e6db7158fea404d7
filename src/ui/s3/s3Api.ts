/**
 * Names for the S3 shapes the console reads, taken from the operations' own types (through the
 * client), and the reads each S3 page makes — the same calls the S3 console makes.
 */
import type { CallFailure, EngineClient, OutputOf } from '../../client/engineClient.ts';
import type { Result } from '../../shared/result.ts';

export type BucketRow = OutputOf<'s3:ListBuckets'>['Buckets'][number];
export type PublicAccessBlock = OutputOf<'s3:GetPublicAccessBlock'>['PublicAccessBlockConfiguration'];
export type ObjectOwnership = 'BucketOwnerEnforced' | 'BucketOwnerPreferred' | 'ObjectWriter';
export type EncryptionRule = OutputOf<'s3:GetBucketEncryption'>['ServerSideEncryptionConfiguration']['Rules'][number];
export type Grant = OutputOf<'s3:GetBucketAcl'>['Grants'][number];
export type ObjectHead = OutputOf<'s3:HeadObject'>;

/** A row of the Objects tab: a folder (common prefix) or an object. */
export type ObjectRow =
  | { readonly kind: 'folder'; readonly Key: string; readonly name: string }
  | { readonly kind: 'object'; readonly Key: string; readonly name: string; readonly Size: number; readonly LastModified: Date };

export const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
export const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

/** The group a grant is for (Everyone, Authenticated users), or undefined for a canonical user. */
export const groupOf = (g: Grant): string | undefined => (g.Grantee && 'URI' in g.Grantee ? g.Grantee.URI : undefined);

export const bucketArn = (bucket: string) => `arn:aws:s3:::${bucket}`;
export const objectArn = (bucket: string, key: string) => `arn:aws:s3:::${bucket}/${key}`;
export const s3Uri = (bucket: string, key: string) => `s3://${bucket}/${key}`;

/** Absent configurations are answers too: S3 says so with these codes. */
const NOT_SET = new Set(['NoSuchPublicAccessBlockConfiguration', 'NoSuchBucketPolicy', 'OwnershipControlsNotFoundError', 'ServerSideEncryptionConfigurationNotFoundError']);

/** The value, `undefined` when S3 says it is not set, or the failure. */
export function orNotSet<T>(result: Result<T, CallFailure>): Result<T | undefined, CallFailure> {
  if (result.ok || !NOT_SET.has(result.error.code)) return result;
  return { ok: true, value: undefined };
}

/** One "folder" of the Objects tab: ListObjectsV2 with the / delimiter, all pages. */
export async function loadFolder(client: EngineClient, as: string, Bucket: string, Prefix: string): Promise<Result<ObjectRow[], CallFailure>> {
  const rows: ObjectRow[] = [];
  let ContinuationToken: string | undefined;
  do {
    const page = await client.call('s3:ListObjectsV2', { Bucket, Prefix, Delimiter: '/', ...(ContinuationToken ? { ContinuationToken } : {}) }, { as });
    if (!page.ok) return page;
    for (const p of page.value.CommonPrefixes ?? []) rows.push({ kind: 'folder', Key: p.Prefix, name: p.Prefix.slice(Prefix.length) });
    for (const o of page.value.Contents ?? []) {
      // The folder's own placeholder object ("photos/") is the folder, not a row in it.
      if (o.Key !== Prefix) rows.push({ kind: 'object', Key: o.Key, name: o.Key.slice(Prefix.length), Size: o.Size, LastModified: o.LastModified });
    }
    ContinuationToken = page.value.NextContinuationToken;
  } while (ContinuationToken);
  return { ok: true, value: rows };
}

export type BucketPermissions = {
  readonly publicAccessBlock?: PublicAccessBlock;
  readonly policy?: string;
  readonly ownership?: ObjectOwnership;
  readonly grants: readonly Grant[];
};

/** The Permissions tab: Block Public Access, bucket policy, Object Ownership and the ACL. */
export async function loadPermissions(client: EngineClient, as: string, Bucket: string): Promise<Result<BucketPermissions, CallFailure>> {
  const [block, policy, ownership, acl] = await Promise.all([
    client.call('s3:GetPublicAccessBlock', { Bucket }, { as }).then(orNotSet),
    client.call('s3:GetBucketPolicy', { Bucket }, { as }).then(orNotSet),
    client.call('s3:GetBucketOwnershipControls', { Bucket }, { as }).then(orNotSet),
    client.call('s3:GetBucketAcl', { Bucket }, { as }),
  ]);
  if (!block.ok) return block;
  if (!policy.ok) return policy;
  if (!ownership.ok) return ownership;
  if (!acl.ok) return acl;
  return {
    ok: true,
    value: {
      ...(block.value ? { publicAccessBlock: block.value.PublicAccessBlockConfiguration } : {}),
      ...(policy.value ? { policy: policy.value.Policy } : {}),
      ...(ownership.value ? { ownership: ownership.value.OwnershipControls.Rules[0]?.ObjectOwnership as ObjectOwnership } : {}),
      grants: acl.value.Grants,
    },
  };
}
