/**
 * KMS records compared field by field with the records AWS publishes in the KMS Developer
 * Guide (testing/awsKmsRecords.json): what a learner reads in event history must look like AWS.
 */
import { expect, it } from 'vitest';
import { testAccount, type TestAccount } from '../testing/testAccount.ts';
import type { CloudTrailRecord } from './state.ts';
import { awsRecord, shapeOf, shapeWithout } from './testing/recordShape.ts';

const text = (s: string) => new TextEncoder().encode(s);

const lastRecord = (t: TestAccount, eventName: string): CloudTrailRecord => {
  const record = t.account.state.cloudtrail.events.findLast((r) => r.eventName === eventName);
  if (!record) throw new Error(`no ${eventName} record`);
  return record;
};

async function keyAndAccount() {
  const t = await testAccount();
  const { KeyMetadata } = await t.ok('kms:CreateKey', {});
  return { t, keyId: KeyMetadata.KeyId, arn: KeyMetadata.Arn };
}

it('records Encrypt with the members, kinds of value and request parameters of the current AWS example', async () => {
  const { t, arn } = await keyAndAccount();
  await t.ok('kms:Encrypt', { KeyId: arn, Plaintext: text('secret'), EncryptionContext: { Department: 'Engineering' } });
  const record = lastRecord(t, 'Encrypt');
  const aws = awsRecord('Encrypt');
  expect(shapeWithout(record, 'resources')).toEqual(shapeWithout(aws, 'resources'));
  expect(record.requestParameters).toEqual({ ...(aws.requestParameters as object), keyId: arn });
  expect(record.responseElements).toBeNull();
  expect(record.resources).toEqual([{ accountId: '111122223333', type: 'AWS::KMS::Key', ARN: arn }]);
  expect(record.additionalEventData?.keyMaterialId).toBe(t.account.state.kms.keys[arn.split('/')[1]!]!.materials[0]!.materialId);
  expect(JSON.stringify(record)).not.toContain(Buffer.from('secret').toString('base64'));
});

it('records Decrypt with the key ARN and algorithm the caller left out, as AWS does', async () => {
  const { t, keyId, arn } = await keyAndAccount();
  const context = { Department: 'Engineering', Project: 'Alpha' };
  const { CiphertextBlob } = await t.ok('kms:Encrypt', { KeyId: keyId, Plaintext: text('x'), EncryptionContext: context });
  await t.ok('kms:Decrypt', { CiphertextBlob, EncryptionContext: context });
  const record = lastRecord(t, 'Decrypt');
  const aws = awsRecord('Decrypt');
  expect(shapeOf(record)).toEqual(shapeOf(aws));
  expect(record.requestParameters).toEqual({ ...(aws.requestParameters as object), keyId: arn });
  expect(record).toMatchObject({ readOnly: true, eventType: 'AwsApiCall', managementEvent: true, eventCategory: 'Management', responseElements: null });
});

it('records GenerateDataKey with keyId as given, keySpec and the encryption context, never the data key', async () => {
  const { t, keyId } = await keyAndAccount();
  const context = { Department: 'Engineering', Project: 'Alpha' };
  const { Plaintext } = await t.ok('kms:GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: context });
  const record = lastRecord(t, 'GenerateDataKey');
  const aws = awsRecord('GenerateDataKey');
  expect(shapeWithout(record, 'resources')).toEqual(shapeWithout(aws, 'resources'));
  expect(record.requestParameters).toEqual({ keyId, keySpec: 'AES_256', encryptionContext: context });
  expect(JSON.stringify(record)).not.toContain(Buffer.from(Plaintext).toString('base64'));
});

it('records CreateKey with the request defaults and the key metadata in lowerCamel with AWS-style dates', async () => {
  const t = await testAccount();
  const { KeyMetadata } = await t.ok('kms:CreateKey', { Description: '', Origin: 'EXTERNAL', BypassPolicyLockoutSafetyCheck: false, KeySpec: 'SYMMETRIC_DEFAULT', CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT' });
  const record = lastRecord(t, 'CreateKey');
  const aws = awsRecord('CreateKey');
  expect(Object.keys(record.requestParameters ?? {}).sort()).toEqual(Object.keys(aws.requestParameters as object).sort());
  const metadata = (record.responseElements as { keyMetadata: Record<string, unknown> }).keyMetadata;
  const awsMetadata = (aws.responseElements as { keyMetadata: Record<string, unknown> }).keyMetadata;
  // Real logs spell the account member "aWSAccountId"; the doc example shows "AWSAccountId".
  const { AWSAccountId, ...awsRest } = awsMetadata;
  expect(shapeOf(metadata)).toEqual(shapeOf({ ...awsRest, aWSAccountId: AWSAccountId }));
  expect(metadata).toMatchObject({ keyId: KeyMetadata.KeyId, arn: KeyMetadata.Arn, creationDate: 'Jan 15, 2026, 9:00:00 AM', keyState: 'PendingImport', enabled: false });
  expect(record.resources).toEqual([{ accountId: '111122223333', type: 'AWS::KMS::Key', ARN: KeyMetadata.Arn }]);
  expect(record.readOnly).toBe(false);
});

it('records CreateAlias with the key and the alias ARN as resources', async () => {
  const { t, keyId, arn } = await keyAndAccount();
  await t.ok('kms:CreateAlias', { AliasName: 'alias/ExampleAlias', TargetKeyId: keyId });
  const record = lastRecord(t, 'CreateAlias');
  const aws = awsRecord('CreateAlias');
  expect(shapeWithout(record, 'tlsDetails')).toEqual(shapeOf(aws));
  expect(record.requestParameters).toEqual({ aliasName: 'alias/ExampleAlias', targetKeyId: keyId });
  expect(record.resources).toEqual([
    { accountId: '111122223333', type: 'AWS::KMS::Key', ARN: arn },
    { accountId: '111122223333', type: 'AWS::KMS::Key', ARN: 'arn:aws:kms:us-east-1:111122223333:alias/ExampleAlias' },
  ]);
});

it('records a failed Decrypt with errorCode and errorMessage before requestParameters', async () => {
  const { t, arn } = await keyAndAccount();
  const other = await t.ok('kms:CreateKey', {});
  const { CiphertextBlob } = await t.ok('kms:Encrypt', { KeyId: arn, Plaintext: text('x'), EncryptionContext: { Department: 'Engineering', Project: 'Alpha' } });
  const failure = await t.fails('kms:Decrypt', { CiphertextBlob, KeyId: other.KeyMetadata.Arn, EncryptionContext: { Department: 'Engineering', Project: 'Alpha' } }, 'IncorrectKeyException');
  const record = lastRecord(t, 'Decrypt');
  const aws = awsRecord('DecryptIncorrectKey');
  expect(shapeWithout(record, 'managementEvent', 'eventCategory', 'tlsDetails')).toEqual(shapeOf(aws));
  expect(record).toMatchObject({ errorCode: 'IncorrectKeyException', errorMessage: failure.message, responseElements: null, requestID: failure.requestId });
  expect(Object.keys(record).indexOf('errorCode')).toBe(Object.keys(record).indexOf('userAgent') + 1);
});

it('records ScheduleKeyDeletion with the deletion date as AWS writes dates', async () => {
  const { t, keyId, arn } = await keyAndAccount();
  await t.ok('kms:ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
  const record = lastRecord(t, 'ScheduleKeyDeletion');
  expect(Object.keys(record.responseElements ?? {}).sort()).toEqual(Object.keys(awsRecord('ScheduleKeyDeletion').responseElements as object).sort());
  expect(record.responseElements).toEqual({ keyId: arn, deletionDate: 'Jan 22, 2026, 9:00:00 AM', keyState: 'PendingDeletion', pendingWindowInDays: 7 });
});

it('records the deletion at the end of the waiting period as an AWS service event', async () => {
  const { t, keyId, arn } = await keyAndAccount();
  await t.ok('kms:ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
  await t.advanceDays(8);
  const record = lastRecord(t, 'DeleteKey');
  const aws = awsRecord('DeleteKey');
  expect(shapeOf(record)).toEqual(shapeOf(aws));
  expect(record).toMatchObject({ userIdentity: { accountId: '111122223333', invokedBy: 'AWS Internal' }, eventType: 'AwsServiceEvent', eventTime: '2026-01-22T09:00:00Z', resources: [{ ARN: arn }] });
});

it('records automatic rotation as a RotateKey service event naming the key', async () => {
  const { t, keyId } = await keyAndAccount();
  await t.ok('kms:EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 90 });
  await t.advanceDays(91);
  const record = lastRecord(t, 'RotateKey');
  expect(shapeWithout(record, 'managementEvent', 'eventCategory')).toEqual(shapeOf(awsRecord('RotateKey')));
  expect(record.serviceEventDetails).toEqual({ keyId });
});

it('records a call S3 makes for a learner with the learner identity, invokedBy and s3.amazonaws.com as source', async () => {
  const { t, arn } = await keyAndAccount();
  const { dispatch } = await import('../dispatch.ts');
  const context = { 'aws:s3:arn': 'arn:aws:s3:::example_bucket/example_object' };
  await dispatch(t.account, {
    action: 'kms:GenerateDataKey', input: { KeyId: arn, KeySpec: 'AES_256', EncryptionContext: context },
    caller: { kind: 'accessKey', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' },
    source: { sourceIp: '203.0.113.9', userAgent: 'aws-cli/1.45.11', viaService: 's3.us-east-1.amazonaws.com', secureTransport: true },
  });
  const record = lastRecord(t, 'GenerateDataKey');
  expect(record).toMatchObject({ sourceIPAddress: 's3.amazonaws.com', userAgent: 's3.amazonaws.com', userIdentity: { type: 'IAMUser', userName: 'Admin', invokedBy: 's3.amazonaws.com' } });
  expect(record.requestParameters).toEqual(awsRecord('S3GenerateDataKey').requestParameters && { encryptionContext: context, keySpec: 'AES_256', keyId: arn });
  expect(record.tlsDetails).toBeUndefined();
});
