/**
 * A real account for check-kind tests: the headless lab host (real engine, real client), console
 * calls as the Admin user, and a check evaluated the way the lab session evaluates it, with the
 * result in the learner's words (English).
 */
import type { OperationId } from '../../../client/engineClient.ts';
import { createHeadlessLabHost } from '../../../headlessLabHost.ts';
import { formatCheckResult } from '../../messages.ts';
import { fillPlaceholders } from '../../solution/placeholders.ts';
import { evaluateCheck, type Check, type CheckResult, type SeenFailure } from '../index.ts';

export type CheckOutcome = CheckResult & { readonly words: string };

export async function checkAccount() {
  const host = await createHeadlessLabHost();
  const failures: SeenFailure[] = [];
  return {
    host,
    failures,
    async ok(op: string, input: object, as?: string): Promise<Record<string, unknown>> {
      const result = await host.client.call(op as OperationId, input as never, as === undefined ? {} : { as });
      if (!result.ok) throw new Error(`${op} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as Record<string, unknown>;
    },
    async check(check: Check): Promise<CheckOutcome> {
      const state = host.client.inspect();
      const result = await evaluateCheck(check, {
        state, client: host.client, failures, quizAnswers: {}, quizQuestionIds: [], readFile: host.readFile,
        resolve: (template) => fillPlaceholders(template, state),
      });
      return { ...result, words: formatCheckResult(result, 'en') };
    },
  };
}

export type CheckAccount = Awaited<ReturnType<typeof checkAccount>>;

/** The bucket policy the CloudTrail User Guide documents for a trail's bucket (the runner may not import the engine's copy). */
function trailBucketPolicy(bucket: string, trailName: string): string {
  const SourceArn = `arn:aws:cloudtrail:us-east-1:111122223333:trail/${trailName}`;
  const Principal = { Service: 'cloudtrail.amazonaws.com' };
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AWSCloudTrailAclCheck20150319', Effect: 'Allow', Principal, Action: 's3:GetBucketAcl', Resource: `arn:aws:s3:::${bucket}`, Condition: { StringEquals: { 'aws:SourceArn': SourceArn } } },
      {
        Sid: 'AWSCloudTrailWrite20150319', Effect: 'Allow', Principal, Action: 's3:PutObject', Resource: `arn:aws:s3:::${bucket}/AWSLogs/111122223333/*`,
        Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': SourceArn } },
      },
    ],
  });
}

/** A bucket with the bucket policy CloudTrail's console writes, and a trail named `trailName` delivering into it (not yet logging). */
export async function withTrail(a: CheckAccount, bucket: string, trailName: string): Promise<void> {
  await a.ok('s3:CreateBucket', { Bucket: bucket });
  await a.ok('s3:PutBucketPolicy', { Bucket: bucket, Policy: trailBucketPolicy(bucket, trailName) });
  await a.ok('cloudtrail:CreateTrail', { Name: trailName, S3BucketName: bucket });
}
