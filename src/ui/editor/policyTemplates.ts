/**
 * What the editor starts with for each policy type: KMS's default key policy (KMS Developer
 * Guide, "Default key policy"), a least-privilege IAM policy for one key, and a bucket policy
 * that refuses uploads not encrypted with SSE-KMS (Amazon S3 User Guide, "Requiring
 * server-side encryption with AWS KMS keys").
 */
import type { PolicyDocumentKind } from '../../client/policyDiagnostics.ts';

const text = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;

export function policyTemplate(kind: PolicyDocumentKind, accountId: string, region: string): string {
  switch (kind) {
    case 'keyPolicy':
      return text({
        Version: '2012-10-17',
        Id: 'key-default-1',
        Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'kms:*', Resource: '*' }],
      });
    case 'iamPolicy':
      return text({
        Version: '2012-10-17',
        Statement: [{ Sid: 'UseOneKey', Effect: 'Allow', Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey'], Resource: `arn:aws:kms:${region}:${accountId}:key/*` }],
      });
    case 'bucketPolicy':
      return text({
        Version: '2012-10-17',
        Statement: [{
          Sid: 'DenyUnencryptedUploads', Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
          Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } },
        }],
      });
  }
}

/** The file a policy type is usually saved as (the CLI walkthrough's keypolicy.json). */
export const defaultFileName = (kind: PolicyDocumentKind): string =>
  ({ keyPolicy: 'keypolicy.json', iamPolicy: 'iampolicy.json', bucketPolicy: 'bucketpolicy.json' })[kind];
