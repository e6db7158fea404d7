/**
 * s3:GetBucketTagging — the bucket's tag set. Unlike objects, a bucket that was never tagged
 * (or whose tagging was deleted) answers 404 NoSuchTagSet "The TagSet does not exist"
 * (the wording boto3 users quote from S3).
 */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';
import { s3Error } from './s3Errors.ts';
import { toTagSet } from './tagSet.ts';

export async function getBucketTagging(ctx: OperationContext, input: { Bucket: string }) {
  const bucket = findBucket(ctx, input.Bucket);
  if (bucket.tags === undefined) throw s3Error('NoSuchTagSet', 'The TagSet does not exist', 404, { BucketName: bucket.name });
  return { TagSet: toTagSet(bucket.tags) };
}
