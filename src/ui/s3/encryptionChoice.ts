/**
 * What the console's encryption fields hold (Create bucket, Edit default encryption, Upload's
 * Properties) and the S3 inputs they become: a PutBucketEncryption rule, or PutObject's
 * x-amz-server-side-encryption headers.
 */
import type { InputOf } from '../../client/engineClient.ts';
import type { EncryptionRule } from './s3Api.ts';

export type EncryptionChoice = {
  readonly type: 'AES256' | 'aws:kms';
  /** "Choose from your AWS KMS keys" or "Enter AWS KMS key ARN". */
  readonly keySource: 'choose' | 'arn';
  readonly chosenKeyArn: string;
  readonly enteredKeyArn: string;
  readonly bucketKey: boolean;
};

/** New buckets in the console: SSE-S3 with the Bucket Key enabled (its default since 2023). */
export const DEFAULT_CHOICE: EncryptionChoice = { type: 'AES256', keySource: 'choose', chosenKeyArn: '', enteredKeyArn: '', bucketKey: true };

export const keyArnOf = (c: EncryptionChoice) => (c.keySource === 'choose' ? c.chosenKeyArn : c.enteredKeyArn.trim());

/** The console refuses to go on with SSE-KMS and no key. */
export const isComplete = (c: EncryptionChoice) => c.type === 'AES256' || keyArnOf(c) !== '';

export function toEncryptionConfiguration(c: EncryptionChoice): InputOf<'s3:PutBucketEncryption'>['ServerSideEncryptionConfiguration'] {
  const byDefault = c.type === 'aws:kms' ? { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArnOf(c) } : { SSEAlgorithm: 'AES256' };
  return { Rules: [{ ApplyServerSideEncryptionByDefault: byDefault, BucketKeyEnabled: c.type === 'aws:kms' && c.bucketKey }] };
}

export function fromEncryptionRule(rule: EncryptionRule | undefined): EncryptionChoice {
  const byDefault = rule?.ApplyServerSideEncryptionByDefault;
  if (byDefault?.SSEAlgorithm !== 'aws:kms') return DEFAULT_CHOICE;
  const arn = byDefault.KMSMasterKeyID ?? '';
  return { type: 'aws:kms', keySource: 'arn', chosenKeyArn: '', enteredKeyArn: arn, bucketKey: rule?.BucketKeyEnabled === true };
}

/** Upload with "Override bucket settings for default encryption". */
export function toObjectEncryption(c: EncryptionChoice): Pick<InputOf<'s3:PutObject'>, 'ServerSideEncryption' | 'SSEKMSKeyId' | 'BucketKeyEnabled'> {
  if (c.type === 'AES256') return { ServerSideEncryption: 'AES256' };
  return { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: keyArnOf(c), BucketKeyEnabled: c.bucketKey };
}
