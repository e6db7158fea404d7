/**
 * The documents of the sse-s3-vs-sse-kms lab, with {{placeholders}} the runner fills from the
 * account: the writer role's trust policy, the KMS permission the writer lacks (as an IAM
 * policy; the key-policy statement that does the same is in the step text), the SSE-KMS bucket's
 * default encryption, and the bucket policy that makes a bucket's objects readable by anyone.
 */
const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;

export const REPORT_TEXT = 'Quarterly report: figures for the SSE-S3 vs SSE-KMS lab.\n';

/** Lets principals of this account (the console's Switch role) assume the writer role. */
export const WRITER_TRUST_POLICY = json({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::{{accountId}}:root' }, Action: 'sts:AssumeRole' }],
});

/** Uploading under SSE-KMS needs kms:GenerateDataKey; reading the object back needs kms:Decrypt. */
export const WRITER_KMS_POLICY = json({
  Version: '2012-10-17',
  Statement: [{ Sid: 'UseSseLabKey', Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:Decrypt'], Resource: '{{keyArn:alias/sseLabKey}}' }],
});

export const KMS_DEFAULT_ENCRYPTION = json({
  Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: '{{keyArn:alias/sseLabKey}}' }, BucketKeyEnabled: true }],
});

export const publicReadPolicy = (bucket: string) => json({
  Version: '2012-10-17',
  Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*` }],
});
