/**
 * The AWS managed key aws/s3, which S3 uses for SSE-KMS when no key is named. AWS creates it
 * the first time it is needed, with KeyManager AWS, automatic yearly rotation and a policy
 * that lets every principal in the account use it through S3 only (no one may change it, so
 * the lockout check that protects customer keys does not apply).
 */
import type { OperationContext } from '../operation.ts';
import { createKey } from '../kms/createKey.ts';
import { aliasArnOf } from '../kms/resolveKey.ts';
import { assert } from '../../shared/assert.ts';

export const AWS_S3_ALIAS = 'alias/aws/s3';

/** The shape of AWS's managed-key policies (statements "Allow access through S3 …" and "Allow direct access to key metadata …"). */
function managedKeyPolicy(accountId: string, region: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Id: 'auto-s3-2',
    Statement: [
      {
        Sid: 'Allow access through S3 for all principals in the account that are authorized to use S3',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
        Resource: '*',
        Condition: { StringEquals: { 'kms:CallerAccount': accountId, 'kms:ViaService': `s3.${region}.amazonaws.com` } },
      },
      {
        Sid: 'Allow direct access to key metadata to the account',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${accountId}:root` },
        Action: ['kms:Describe*', 'kms:Get*', 'kms:List*'],
        Resource: '*',
      },
    ],
  }, null, 2);
}

/** The key ARN of aws/s3, creating the key on first use. */
export async function awsManagedS3KeyArn(ctx: OperationContext): Promise<string> {
  const { kms } = ctx.account.state;
  const existing = kms.aliases[AWS_S3_ALIAS];
  const existingKey = existing && kms.keys[existing.targetKeyId];
  if (existingKey) return existingKey.arn;
  const { accountId, region } = ctx.account.facts;
  const { KeyMetadata } = await createKey(ctx, { Description: 'Default key that protects my S3 objects when no other key is defined', Policy: managedKeyPolicy(accountId, region), BypassPolicyLockoutSafetyCheck: true });
  const key = kms.keys[KeyMetadata.KeyId];
  assert(key, 'aws/s3 key was not stored');
  key.keyManager = 'AWS';
  key.rotation = { enabled: true, periodInDays: 365, nextRotationDate: ctx.now + 365 * 86_400_000 };
  kms.aliases[AWS_S3_ALIAS] = { aliasName: AWS_S3_ALIAS, aliasArn: aliasArnOf(ctx, AWS_S3_ALIAS), targetKeyId: key.keyId, creationDate: ctx.now, lastUpdatedDate: ctx.now };
  return key.arn;
}
