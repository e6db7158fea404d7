import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICE, fromEncryptionRule, isComplete, toEncryptionConfiguration, toObjectEncryption } from './encryptionChoice.ts';

const ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe('encryption choice', () => {
  it('asks S3 for SSE-S3 without a key or a bucket key by default', () => {
    expect(toEncryptionConfiguration(DEFAULT_CHOICE)).toEqual({ Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }] });
  });

  it('names the chosen KMS key and the bucket key for SSE-KMS', () => {
    const choice = { ...DEFAULT_CHOICE, type: 'aws:kms' as const, chosenKeyArn: ARN };
    expect(toEncryptionConfiguration(choice).Rules[0]).toEqual({ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: ARN }, BucketKeyEnabled: true });
    expect(toObjectEncryption({ ...choice, bucketKey: false })).toEqual({ ServerSideEncryption: 'aws:kms', SSEKMSKeyId: ARN, BucketKeyEnabled: false });
  });

  it('uses the typed ARN when the learner enters one, and is incomplete without any key', () => {
    const typed = { ...DEFAULT_CHOICE, type: 'aws:kms' as const, keySource: 'arn' as const, enteredKeyArn: `  ${ARN} ` };
    expect(toObjectEncryption(typed).SSEKMSKeyId).toBe(ARN);
    expect(isComplete({ ...typed, enteredKeyArn: ' ' })).toBe(false);
    expect(isComplete(DEFAULT_CHOICE)).toBe(true);
  });

  it('reads a bucket rule back into the fields it was saved from', () => {
    const rule = { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' as const, KMSMasterKeyID: ARN }, BucketKeyEnabled: false };
    expect(toEncryptionConfiguration(fromEncryptionRule(rule)).Rules[0]).toEqual(rule);
    expect(fromEncryptionRule(undefined)).toEqual(DEFAULT_CHOICE);
  });
});
