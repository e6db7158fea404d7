/**
 * The policies AWS documents for a trail's bucket and key (CloudTrail User Guide, "Amazon S3
 * bucket policy for CloudTrail" and "Configure AWS KMS key policies for CloudTrail"). The
 * console's "Create trail" with a new bucket writes the bucket policy; labs and tests use the
 * same functions, so what the learner sees is what AWS would have written.
 */
export type TrailTarget = { readonly bucket: string; readonly accountId: string; readonly region: string; readonly trailName: string; readonly prefix?: string };

export const CLOUDTRAIL_SERVICE = 'cloudtrail.amazonaws.com';

const trailArn = (t: Pick<TrailTarget, 'region' | 'accountId' | 'trailName'>) => `arn:aws:cloudtrail:${t.region}:${t.accountId}:trail/${t.trailName}`;

/** S3 checks the bucket's ACL, then writes each log file with bucket-owner-full-control. */
export function cloudTrailBucketPolicy(target: TrailTarget): string {
  const prefix = target.prefix ? `${target.prefix}/` : '';
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AWSCloudTrailAclCheck20150319',
        Effect: 'Allow',
        Principal: { Service: CLOUDTRAIL_SERVICE },
        Action: 's3:GetBucketAcl',
        Resource: `arn:aws:s3:::${target.bucket}`,
        Condition: { StringEquals: { 'aws:SourceArn': trailArn(target) } },
      },
      {
        Sid: 'AWSCloudTrailWrite20150319',
        Effect: 'Allow',
        Principal: { Service: CLOUDTRAIL_SERVICE },
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::${target.bucket}/${prefix}AWSLogs/${target.accountId}/*`,
        Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': trailArn(target) } },
      },
    ],
  }, null, 2);
}

/** The key policy statement that lets CloudTrail encrypt the trail's log files (SSE-KMS). */
export function cloudTrailKeyPolicyStatement(target: Omit<TrailTarget, 'bucket' | 'prefix'>) {
  return {
    Sid: 'Allow CloudTrail to encrypt logs',
    Effect: 'Allow',
    Principal: { Service: CLOUDTRAIL_SERVICE },
    Action: 'kms:GenerateDataKey*',
    Resource: '*',
    Condition: {
      StringEquals: { 'aws:SourceArn': trailArn(target) },
      StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${target.accountId}:trail/*` },
    },
  };
}
