/** s3:PutBucketOwnershipControls — BucketOwnerEnforced disables ACLs; the other two enable them. */
import type { OperationContext } from '../operation.ts';
import { findBucket } from './buckets.ts';
import { malformedXml } from '../protocol/restXml/s3WireErrors.ts';
import type { ObjectOwnership } from './state.ts';

export type PutBucketOwnershipControlsInput = { Bucket: string; OwnershipControls: { Rules: { ObjectOwnership: string }[] } };

const SETTINGS: readonly string[] = ['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter'];

export async function putBucketOwnershipControls(ctx: OperationContext, input: PutBucketOwnershipControlsInput): Promise<Record<string, never>> {
  const bucket = findBucket(ctx, input.Bucket);
  const rules = input.OwnershipControls.Rules;
  const setting = rules[0]?.ObjectOwnership;
  if (rules.length !== 1 || setting === undefined || !SETTINGS.includes(setting)) throw malformedXml();
  bucket.ownership = setting as ObjectOwnership;
  return {};
}
