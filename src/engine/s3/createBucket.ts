/**
 * s3:CreateBucket. New buckets get what AWS gives them since April 2023: Block Public Access
 * on, Object Ownership BucketOwnerEnforced (ACLs disabled) and SSE-S3 default encryption. In
 * us-east-1 creating a bucket you already own succeeds again (AWS's legacy behaviour there;
 * other regions answer BucketAlreadyOwnedByYou).
 */
import type { OperationContext } from '../operation.ts';
import { isValidBucketName } from './bucketName.ts';
import { BLOCK_ALL } from './publicAccess.ts';
import { bucketAlreadyExists, bucketAlreadyOwnedByYou, invalidBucketName, s3Error } from './s3Errors.ts';
import type { ObjectOwnership } from './state.ts';
import { requestedAcl } from './acl.ts';

export type CreateBucketInput = {
  Bucket: string;
  ACL?: string;
  ObjectOwnership?: ObjectOwnership;
  CreateBucketConfiguration?: { LocationConstraint?: string };
};
export type CreateBucketOutput = { Location: string };

/**
 * Names another AWS account already holds in the lab's pretend global namespace, so a learner
 * can meet BucketAlreadyExists (not AWS's real list; any common word is likely taken there).
 */
const TAKEN_ELSEWHERE = new Set(['test', 'bucket', 'my-bucket', 'mybucket', 'examplebucket', 'example-bucket', 'data', 'images', 'logs', 'backup']);

function assertLocation(region: string, constraint: string | undefined): void {
  if (constraint === undefined || constraint === '') return;
  // us-east-1 takes no LocationConstraint at all (moto and LocalStack record AWS's answers).
  if (constraint === 'us-east-1') throw s3Error('InvalidLocationConstraint', 'The specified location-constraint is not valid', 400, { LocationConstraint: constraint });
  if (constraint !== region) throw s3Error('IllegalLocationConstraintException', `The ${constraint} location constraint is incompatible for the region specific endpoint this request was sent to.`, 400);
}

export async function createBucket(ctx: OperationContext, input: CreateBucketInput): Promise<CreateBucketOutput> {
  const name = input.Bucket;
  const { region } = ctx.account.facts;
  if (!isValidBucketName(name)) throw invalidBucketName(name);
  assertLocation(region, input.CreateBucketConfiguration?.LocationConstraint);
  if (TAKEN_ELSEWHERE.has(name)) throw bucketAlreadyExists(name);
  const existing = ctx.account.state.s3.buckets[name];
  if (existing) {
    if (region === 'us-east-1') return { Location: `/${name}` };
    throw bucketAlreadyOwnedByYou(name);
  }
  const ownership = input.ObjectOwnership ?? 'BucketOwnerEnforced';
  const bucket = {
    name, region, creationDate: ctx.now, ownership, publicAccessBlock: { ...BLOCK_ALL }, acl: 'private' as const,
    encryption: { sseAlgorithm: 'AES256' as const, bucketKeyEnabled: false }, objects: {}, uploads: {},
  };
  if (input.ACL !== undefined && ownership === 'BucketOwnerEnforced' && input.ACL !== 'private' && input.ACL !== 'bucket-owner-full-control') {
    throw s3Error('InvalidBucketAclWithObjectOwnership', "Bucket cannot have ACLs set with ObjectOwnership's BucketOwnerEnforced setting", 400);
  }
  const acl = requestedAcl({ ...bucket, publicAccessBlock: undefined }, { ...(input.ACL !== undefined ? { ACL: input.ACL } : {}) });
  ctx.account.state.s3.buckets[name] = { ...bucket, acl: acl ?? 'private' };
  return { Location: `/${name}` };
}
