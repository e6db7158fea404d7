/** Finding buckets and objects, and the ARNs and owner S3 reports for them. */
import type { OperationContext } from '../operation.ts';
import { noSuchBucket, noSuchKey } from './s3Errors.ts';
import type { S3Bucket, S3Object } from './state.ts';

export const bucketArnOf = (ctx: OperationContext, bucket: string) => `arn:${ctx.account.facts.partition}:s3:::${bucket}`;
export const objectArnOf = (ctx: OperationContext, bucket: string, key: string) => `arn:${ctx.account.facts.partition}:s3:::${bucket}/${key}`;

export function findBucket(ctx: OperationContext, name: string): S3Bucket {
  const bucket = ctx.account.state.s3.buckets[name];
  if (!bucket) throw noSuchBucket(name);
  return bucket;
}

export function findObject(bucket: S3Bucket, key: string): S3Object {
  const object = Object.hasOwn(bucket.objects, key) ? bucket.objects[key] : undefined;
  if (!object) throw noSuchKey(key);
  return object;
}

/**
 * The canonical user id S3 shows in Owner and ACL grants. The lab uses the example id from
 * the S3 documentation for its one account.
 */
export const CANONICAL_USER_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';

export const ownerOf = () => ({ ID: CANONICAL_USER_ID });
