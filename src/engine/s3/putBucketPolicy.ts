/**
 * s3:PutBucketPolicy. With BlockPublicPolicy on (every new bucket), a policy that makes the
 * bucket public is refused with 403 AccessDenied — the lab's "why can't I make it public"
 * step. (AWS now adds a longer explanation to that message; the lab keeps the classic text.)
 */
import type { OperationContext } from '../operation.ts';
import { bucketArnOf, findBucket } from './buckets.ts';
import { assertValidBucketPolicy } from './bucketPolicyDocument.ts';
import { isPublicPolicy, publicAccessBlockOf } from './publicAccess.ts';
import { accessDenied } from './s3Errors.ts';

export async function putBucketPolicy(ctx: OperationContext, input: { Bucket: string; Policy: string }): Promise<Record<string, never>> {
  const bucket = findBucket(ctx, input.Bucket);
  assertValidBucketPolicy(input.Policy, bucketArnOf(ctx, bucket.name));
  if (publicAccessBlockOf(bucket).BlockPublicPolicy && isPublicPolicy(input.Policy)) throw accessDenied();
  bucket.policy = input.Policy;
  return {};
}
