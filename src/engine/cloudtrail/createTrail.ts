/**
 * cloudtrail:CreateTrail — a single-Region trail that delivers to an S3 bucket. It starts
 * stopped: AWS's API (unlike the console) needs StartLogging before anything is delivered.
 * The bucket must exist and its policy must let CloudTrail write there (cloudTrailPolicies.ts
 * writes AWS's documented one).
 */
import type { OperationContext } from '../operation.ts';
import { bucketPolicyAllowsTrail } from './bucketPolicyAllowsTrail.ts';
import { insufficientS3BucketPolicy, s3BucketDoesNotExist, trailAlreadyExists } from './cloudTrailErrors.ts';
import { assertTrailName, trailArnOf } from './findTrail.ts';
import { trailsOf, type Trail } from './state.ts';
import { toCreateTrailOutput } from './toTrailOutput.ts';

export type CreateTrailInput = {
  Name: string;
  S3BucketName: string;
  S3KeyPrefix?: string;
  IncludeGlobalServiceEvents?: boolean;
  IsMultiRegionTrail?: boolean;
  EnableLogFileValidation?: boolean;
  KmsKeyId?: string;
};

export const bucketExists = (ctx: OperationContext, bucket: string): boolean => Object.hasOwn(ctx.account.state.s3.buckets, bucket);

export async function createTrail(ctx: OperationContext, input: CreateTrailInput): Promise<ReturnType<typeof toCreateTrailOutput>> {
  assertTrailName(input.Name);
  const trails = trailsOf(ctx.account.state.cloudtrail);
  if (trails[input.Name]) throw trailAlreadyExists(input.Name, ctx.account.facts.accountId);
  if (!bucketExists(ctx, input.S3BucketName)) throw s3BucketDoesNotExist(input.S3BucketName);
  if (!bucketPolicyAllowsTrail(ctx, trailArnOf(ctx, input.Name), input.S3BucketName, input.S3KeyPrefix)) throw insufficientS3BucketPolicy(input.S3BucketName);
  const trail: Trail = {
    name: input.Name,
    arn: trailArnOf(ctx, input.Name),
    s3BucketName: input.S3BucketName,
    ...(input.S3KeyPrefix !== undefined ? { s3KeyPrefix: input.S3KeyPrefix } : {}),
    includeGlobalServiceEvents: input.IncludeGlobalServiceEvents ?? true,
    isMultiRegionTrail: input.IsMultiRegionTrail ?? false,
    logFileValidationEnabled: input.EnableLogFileValidation ?? false,
    ...(input.KmsKeyId !== undefined ? { kmsKeyId: input.KmsKeyId } : {}),
    isLogging: false,
    pending: [],
  };
  trails[trail.name] = trail;
  return toCreateTrailOutput(trail);
}
