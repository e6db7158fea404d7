/** An S3 bucket of the given name (or `prefix*`), optionally with a default encryption. */
import { fail, pass, type CheckKind } from './checkKind.ts';
import { findBucket } from './findBucket.ts';
import { object, oneOf, optional, str } from '../validate/validators.ts';

export type BucketExistsCheck = {
  readonly kind: 'bucketExists';
  readonly bucket: string;
  /** The bucket's default encryption: SSE-S3 (AES256) or SSE-KMS (aws:kms). */
  readonly defaultEncryption?: 'AES256' | 'aws:kms';
};

export const bucketExists = (fields: Omit<BucketExistsCheck, 'kind'>): BucketExistsCheck => ({ kind: 'bucketExists', ...fields });

export const bucketExistsKind: CheckKind<BucketExistsCheck> = {
  kind: 'bucketExists',
  validate: object({ kind: oneOf('bucketExists'), bucket: str, defaultEncryption: optional(oneOf('AES256', 'aws:kms')) }),
  evaluate(check, { state }) {
    const bucket = findBucket(state, check.bucket);
    if (!bucket) return fail('bucketExists.none', { bucket: check.bucket });
    // A bucket with no rule of its own still encrypts new objects with SSE-S3, as in AWS since 2023.
    const actual = bucket.encryption?.sseAlgorithm ?? 'AES256';
    if (check.defaultEncryption !== undefined && actual !== check.defaultEncryption) {
      return fail('bucketExists.otherEncryption', { bucket: bucket.name, expected: check.defaultEncryption, actual });
    }
    return pass('bucketExists.found', { bucket: bucket.name });
  },
};
