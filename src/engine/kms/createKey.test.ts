import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';

const CREATED = new Date(Date.UTC(2026, 0, 15, 9, 0, 0));

describe('CreateKey, DescribeKey, ListKeys, UpdateKeyDescription', () => {
  it('creates an enabled symmetric key and returns KeyMetadata as AWS does', async () => {
    const t = await testAccount();
    const { KeyMetadata } = await t.ok('kms:CreateKey', { Description: 'lab key' });
    const arn = `arn:aws:kms:us-east-1:111122223333:key/${KeyMetadata.KeyId}`;
    expect(KeyMetadata).toEqual({
      AWSAccountId: '111122223333', KeyId: KeyMetadata.KeyId, Arn: arn, CreationDate: CREATED, Enabled: true,
      Description: 'lab key', KeyUsage: 'ENCRYPT_DECRYPT', KeyState: 'Enabled', Origin: 'AWS_KMS', KeyManager: 'CUSTOMER',
      CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT', KeySpec: 'SYMMETRIC_DEFAULT', EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      MultiRegion: false, CurrentKeyMaterialId: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(KeyMetadata.KeyId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(t.account.hsm.hasMaterial(KeyMetadata.CurrentKeyMaterialId ?? '')).toBe(true);
  });

  it('gives a key without a description an empty Description', async () => {
    const t = await testAccount();
    const { KeyMetadata } = await t.ok('kms:CreateKey', {});
    expect(KeyMetadata.Description).toBe('');
  });

  it('creates an EXTERNAL key in PendingImport with no key material', async () => {
    const t = await testAccount();
    const { KeyMetadata } = await t.ok('kms:CreateKey', { Origin: 'EXTERNAL' });
    expect(KeyMetadata).toMatchObject({ Origin: 'EXTERNAL', KeyState: 'PendingImport', Enabled: false });
    expect(KeyMetadata).not.toHaveProperty('CurrentKeyMaterialId');
  });

  it('attaches the API default key policy for the account when no Policy is given', async () => {
    const t = await testAccount();
    const { KeyMetadata } = await t.ok('kms:CreateKey', {});
    const { Policy } = await t.ok('kms:GetKeyPolicy', { KeyId: KeyMetadata.KeyId });
    expect(Policy).toBe(
      '{\n  "Version" : "2012-10-17",\n  "Id" : "key-default-1",\n  "Statement" : [ {\n    "Sid" : "Enable IAM User Permissions",\n' +
        '    "Effect" : "Allow",\n    "Principal" : {\n      "AWS" : "arn:aws:iam::111122223333:root"\n    },\n' +
        '    "Action" : "kms:*",\n    "Resource" : "*"\n  } ]\n}',
    );
  });

  it('refuses key specs, usages and origins the lab does not model yet', async () => {
    const t = await testAccount();
    await t.fails('kms:CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }, 'UnsupportedOperationException', 'KeySpec RSA_2048 is not supported in KMS Lab yet.');
    await t.fails('kms:CreateKey', { KeyUsage: 'SIGN_VERIFY' }, 'UnsupportedOperationException', 'KeyUsage SIGN_VERIFY is not supported in KMS Lab yet.');
    await t.fails('kms:CreateKey', { Origin: 'AWS_CLOUDHSM' }, 'UnsupportedOperationException', 'Origin AWS_CLOUDHSM is not supported in KMS Lab yet.');
    expect(Object.keys(t.account.state.kms.keys)).toHaveLength(0);
  });

  it('rejects a KeySpec outside the model enum with a validation error', async () => {
    const t = await testAccount();
    await t.fails('kms:CreateKey', { KeySpec: 'AES_256' }, 'ValidationException', /^1 validation error detected: Value 'AES_256' at 'keySpec'/);
  });

  it('rejects a policy that is not JSON and one that would lock everyone out, unless the lockout check is bypassed', async () => {
    const t = await testAccount();
    await t.fails('kms:CreateKey', { Policy: 'not a real policy statement' }, 'MalformedPolicyDocumentException', '');
    const readOnly = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Describe*', Resource: '*' }] });
    await t.fails('kms:CreateKey', { Policy: readOnly }, 'MalformedPolicyDocumentException', 'The new key policy will not allow you to update the key policy in the future.');
    const { KeyMetadata } = await t.ok('kms:CreateKey', { Policy: readOnly, BypassPolicyLockoutSafetyCheck: true });
    // Bypassed, the policy is stored: anyone may describe the key, nobody may read its policy.
    expect((await t.ok('kms:DescribeKey', { KeyId: KeyMetadata.KeyId })).KeyMetadata.KeyId).toBe(KeyMetadata.KeyId);
    await t.fails('kms:GetKeyPolicy', { KeyId: KeyMetadata.KeyId }, 'AccessDeniedException');
  });

  it('stores tags given at creation and refuses reserved or duplicate tag keys', async () => {
    const t = await testAccount();
    const { KeyMetadata } = await t.ok('kms:CreateKey', { Tags: [{ TagKey: 'Project', TagValue: 'lab' }] });
    expect((await t.ok('kms:ListResourceTags', { KeyId: KeyMetadata.KeyId })).Tags).toEqual([{ TagKey: 'Project', TagValue: 'lab' }]);
    await t.fails('kms:CreateKey', { Tags: [{ TagKey: 'aws:owner', TagValue: 'me' }] }, 'TagException', 'Tags beginning with aws: are reserved');
    await t.fails('kms:CreateKey', { Tags: [{ TagKey: 'a', TagValue: '1' }, { TagKey: 'a', TagValue: '2' }] }, 'TagException', 'Duplicate tag keys');
  });

  it('describes a key by key id, key ARN, alias name and alias ARN', async () => {
    const t = await testAccount();
    const { KeyMetadata } = await t.ok('kms:CreateKey', {});
    await t.ok('kms:CreateAlias', { AliasName: 'alias/lab', TargetKeyId: KeyMetadata.KeyId });
    for (const KeyId of [KeyMetadata.KeyId, KeyMetadata.Arn, 'alias/lab', 'arn:aws:kms:us-east-1:111122223333:alias/lab']) {
      expect((await t.ok('kms:DescribeKey', { KeyId })).KeyMetadata.KeyId).toBe(KeyMetadata.KeyId);
    }
  });

  it('answers DescribeKey for an unknown key with the key ARN in NotFoundException', async () => {
    const t = await testAccount();
    const missing = '11111111-2222-4333-8444-555555555555';
    await t.fails('kms:DescribeKey', { KeyId: missing }, 'NotFoundException', `Key 'arn:aws:kms:us-east-1:111122223333:key/${missing}' does not exist`);
    await t.fails('kms:DescribeKey', { KeyId: 'not-a-key' }, 'NotFoundException', "Invalid keyId 'not-a-key'");
  });

  it('pages ListKeys with Limit and Marker and says when the list is truncated', async () => {
    const t = await testAccount();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await t.ok('kms:CreateKey', {})).KeyMetadata.KeyId);
    const first = await t.ok('kms:ListKeys', { Limit: 2 });
    expect(first.Keys.map((k) => k.KeyId)).toEqual(ids.slice(0, 2));
    expect(first.Truncated).toBe(true);
    const second = await t.ok('kms:ListKeys', { Limit: 2, Marker: first.NextMarker });
    expect(second).toEqual({ Keys: [{ KeyId: ids[2], KeyArn: `arn:aws:kms:us-east-1:111122223333:key/${ids[2]}` }], Truncated: false });
    await t.fails('kms:ListKeys', { Marker: 'made-up' }, 'InvalidMarkerException');
  });

  it('updates the description of a disabled key but not of one pending deletion', async () => {
    const t = await testAccount();
    const { KeyMetadata } = await t.ok('kms:CreateKey', {});
    const KeyId = KeyMetadata.KeyId;
    await t.ok('kms:DisableKey', { KeyId });
    await t.ok('kms:UpdateKeyDescription', { KeyId, Description: 'retired' });
    expect((await t.ok('kms:DescribeKey', { KeyId })).KeyMetadata.Description).toBe('retired');
    await t.ok('kms:ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
    await t.fails('kms:UpdateKeyDescription', { KeyId, Description: 'x' }, 'KMSInvalidStateException', `${KeyMetadata.Arn} is pending deletion.`);
  });
});
