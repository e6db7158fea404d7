/**
 * An object stored under SSE-S3 (AES256) or under SSE-KMS with a given key (by alias). Without
 * `key`, any of the learner's objects in the bucket will do (never a CloudTrail log file).
 */
import { fail, pass, type CheckKind } from './checkKind.ts';
import { aliasName, findKeyByAlias } from './findKey.ts';
import { findBucket, isLogFileKey } from './findBucket.ts';
import { object, oneOf, optional, str } from '../validate/validators.ts';

export type ObjectEncryptedWithCheck = {
  readonly kind: 'objectEncryptedWith';
  readonly bucket: string;
  readonly key?: string;
  readonly algorithm: 'AES256' | 'aws:kms';
  /** For aws:kms: the key, by alias. */
  readonly alias?: string;
};

export const objectEncryptedWith = (fields: Omit<ObjectEncryptedWithCheck, 'kind'>): ObjectEncryptedWithCheck => ({ kind: 'objectEncryptedWith', ...fields });

export const objectEncryptedWithKind: CheckKind<ObjectEncryptedWithCheck> = {
  kind: 'objectEncryptedWith',
  validate: object({ kind: oneOf('objectEncryptedWith'), bucket: str, key: optional(str), algorithm: oneOf('AES256', 'aws:kms'), alias: optional(str) }),
  evaluate(check, { state }) {
    const bucket = findBucket(state, check.bucket);
    if (!bucket) return fail('objectEncryptedWith.noBucket', { bucket: check.bucket });
    const objects = Object.values(bucket.objects).filter((o) => (check.key === undefined ? !isLogFileKey(o.key) : o.key === check.key));
    const params = { bucket: bucket.name, key: check.key ?? '', algorithm: check.algorithm };
    if (objects.length === 0) return fail(check.key === undefined ? 'objectEncryptedWith.noObjects' : 'objectEncryptedWith.noObject', params);
    const keyArn = check.alias === undefined ? undefined : findKeyByAlias(state, check.alias)?.arn;
    if (check.alias !== undefined && keyArn === undefined) return fail('objectEncryptedWith.noKey', { ...params, alias: aliasName(check.alias) });
    const match = objects.find((o) => o.encryption.algorithm === check.algorithm && (keyArn === undefined || (o.encryption.algorithm === 'aws:kms' && o.encryption.keyArn === keyArn)));
    if (match) return pass('objectEncryptedWith.found', { ...params, key: match.key });
    const last = objects.at(-1)!;
    const actual = last.encryption.algorithm === 'aws:kms' ? `aws:kms (${last.encryption.keyArn})` : last.encryption.algorithm;
    return fail('objectEncryptedWith.otherEncryption', { ...params, key: last.key, actual, expected: check.alias === undefined ? check.algorithm : `aws:kms (${aliasName(check.alias)})` });
  },
};
