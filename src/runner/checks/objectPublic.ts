/**
 * An object that everyone may read: by its ACL (public-read, while ACLs are enabled and Block
 * Public Access does not ignore public ACLs) or by a bucket policy statement that allows
 * s3:GetObject to Principal "*" (while RestrictPublicBuckets is off). "Public" is about
 * permission only — an SSE-KMS object stays unreadable anonymously (SigV4 is required).
 */
import { fail, pass, type CheckKind } from './checkKind.ts';
import { findBucket, type BucketView } from './findBucket.ts';
import { object, oneOf, optional, str } from '../validate/validators.ts';

export type ObjectPublicCheck = { readonly kind: 'objectPublic'; readonly bucket: string; readonly key: string; readonly via?: 'acl' | 'policy' };

export const objectPublic = (fields: Omit<ObjectPublicCheck, 'kind'>): ObjectPublicCheck => ({ kind: 'objectPublic', ...fields });

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const everyone = (p: unknown) => p === '*' || list((p as { AWS?: unknown } | undefined)?.AWS).includes('*');
const readsObjects = (a: unknown) => a === 's3:GetObject' || a === 's3:Get*' || a === 's3:*' || a === '*';

function publicByPolicy(bucket: BucketView): boolean {
  if (bucket.publicAccessBlock?.RestrictPublicBuckets || bucket.policy === undefined) return false;
  const statements = list((JSON.parse(bucket.policy) as { Statement?: unknown }).Statement) as { Effect?: unknown; Principal?: unknown; Action?: unknown; Condition?: unknown }[];
  return statements.some((s) => s.Effect === 'Allow' && s.Condition === undefined && everyone(s.Principal) && list(s.Action).some(readsObjects));
}

const publicByAcl = (bucket: BucketView, acl: string) =>
  (bucket.ownership ?? 'ObjectWriter') !== 'BucketOwnerEnforced' && !bucket.publicAccessBlock?.IgnorePublicAcls && (acl === 'public-read' || acl === 'public-read-write');

export const objectPublicKind: CheckKind<ObjectPublicCheck> = {
  kind: 'objectPublic',
  validate: object({ kind: oneOf('objectPublic'), bucket: str, key: str, via: optional(oneOf('acl', 'policy')) }),
  evaluate(check, { state }) {
    const bucket = findBucket(state, check.bucket);
    if (!bucket) return fail('objectPublic.noBucket', { bucket: check.bucket });
    const obj = bucket.objects[check.key];
    const params = { bucket: bucket.name, key: check.key };
    if (!obj) return fail('objectPublic.noObject', params);
    const byAcl = check.via !== 'policy' && publicByAcl(bucket, obj.acl);
    const byPolicy = check.via !== 'acl' && publicByPolicy(bucket);
    if (byAcl || byPolicy) return pass(byAcl ? 'objectPublic.byAcl' : 'objectPublic.byPolicy', params);
    return fail(check.via === 'policy' ? 'objectPublic.notByPolicy' : check.via === 'acl' ? 'objectPublic.notByAcl' : 'objectPublic.notPublic', params);
  },
};
