/**
 * The whole symmetric key lifecycle through the real @aws-sdk/client-kms, in process and over
 * the loopback endpoint: what a learner's SDK code sees must be what AWS would answer.
 */
import {
  CancelKeyDeletionCommand, CreateAliasCommand, CreateKeyCommand, DecryptCommand, DescribeKeyCommand, DisableKeyCommand,
  DisabledException, EnableKeyCommand, EnableKeyRotationCommand, EncryptCommand, GenerateDataKeyCommand, GetKeyRotationStatusCommand,
  KMSInvalidStateException, ListAliasesCommand, ListKeyRotationsCommand, ReEncryptCommand, RotateKeyOnDemandCommand,
  ScheduleKeyDeletionCommand, type KMSClient,
} from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliasArn, keyArn, rejection, TRANSPORTS, type KmsTransport } from './kmsTransports.ts';

const DAY = 24 * 60 * 60 * 1000;
const text = (s: string) => new TextEncoder().encode(s);

describe.each(TRANSPORTS)('KMS lifecycle through the real SDK $name', ({ start }) => {
  let transport: KmsTransport;
  let kms: KMSClient;
  beforeAll(async () => {
    transport = await start();
    kms = transport.client();
  });
  afterAll(() => transport.close());

  const newKey = async (Description = 'sdk test key') => (await kms.send(new CreateKeyCommand({ Description }))).KeyMetadata!;

  it('creates an enabled symmetric key and finds it again by an alias', async () => {
    const { KeyMetadata, $metadata } = await kms.send(new CreateKeyCommand({ Description: 'orders', Tags: [{ TagKey: 'team', TagValue: 'lab' }] }));
    expect($metadata.httpStatusCode).toBe(200);
    expect($metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(KeyMetadata).toMatchObject({
      Arn: keyArn(KeyMetadata!.KeyId!), AWSAccountId: '111122223333', Description: 'orders', Enabled: true, KeyState: 'Enabled',
      KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', KeyManager: 'CUSTOMER', Origin: 'AWS_KMS',
    });
    expect(KeyMetadata!.CreationDate).toBeInstanceOf(Date);

    await kms.send(new CreateAliasCommand({ AliasName: 'alias/orders', TargetKeyId: KeyMetadata!.KeyId }));
    const { Aliases } = await kms.send(new ListAliasesCommand({ KeyId: KeyMetadata!.KeyId }));
    expect(Aliases).toEqual([expect.objectContaining({ AliasName: 'alias/orders', AliasArn: aliasArn('alias/orders'), TargetKeyId: KeyMetadata!.KeyId })]);
    const described = await kms.send(new DescribeKeyCommand({ KeyId: 'alias/orders' }));
    expect(described.KeyMetadata!.KeyId).toBe(KeyMetadata!.KeyId);
  });

  it('encrypts under an encryption context and decrypts without naming the key', async () => {
    const key = await newKey();
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/payments', TargetKeyId: key.KeyId }));
    const encrypted = await kms.send(new EncryptCommand({
      KeyId: 'alias/payments', Plaintext: text('card 4111'), EncryptionContext: { purpose: 'lab', order: '42' },
    }));
    // Encrypt answers with the key ARN even when called with an alias.
    expect(encrypted.KeyId).toBe(key.Arn);
    expect(encrypted.EncryptionAlgorithm).toBe('SYMMETRIC_DEFAULT');
    // The context's pairs may come in any order; they are the same context.
    const decrypted = await kms.send(new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob, EncryptionContext: { order: '42', purpose: 'lab' } }));
    expect(new TextDecoder().decode(decrypted.Plaintext)).toBe('card 4111');
    expect(decrypted.KeyId).toBe(key.Arn);
  });

  it('generates a data key whose encrypted copy decrypts to the same plaintext key', async () => {
    const key = await newKey();
    const dataKey = await kms.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, KeySpec: 'AES_256', EncryptionContext: { app: 'lab' } }));
    expect(dataKey.Plaintext).toHaveLength(32);
    expect(dataKey.KeyId).toBe(key.Arn);
    const decrypted = await kms.send(new DecryptCommand({ CiphertextBlob: dataKey.CiphertextBlob, EncryptionContext: { app: 'lab' } }));
    expect(decrypted.Plaintext).toEqual(dataKey.Plaintext);
  });

  it('re-encrypts a ciphertext under another key without showing the plaintext', async () => {
    const [source, destination] = [await newKey('source'), await newKey('destination')];
    const { CiphertextBlob } = await kms.send(new EncryptCommand({ KeyId: source.KeyId, Plaintext: text('moving') }));
    const moved = await kms.send(new ReEncryptCommand({ CiphertextBlob, DestinationKeyId: destination.KeyId }));
    expect(moved).toMatchObject({ SourceKeyId: source.Arn, KeyId: destination.Arn });
    const decrypted = await kms.send(new DecryptCommand({ CiphertextBlob: moved.CiphertextBlob }));
    expect(decrypted.KeyId).toBe(destination.Arn);
    expect(new TextDecoder().decode(decrypted.Plaintext)).toBe('moving');
  });

  it('refuses a disabled key with DisabledException until it is enabled again', async () => {
    const key = await newKey();
    await kms.send(new DisableKeyCommand({ KeyId: key.KeyId }));
    const error = await rejection(kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: text('x') })));
    expect(error).toBeInstanceOf(DisabledException);
    expect(error.name).toBe('DisabledException');
    expect(error.message).toBe(`${key.Arn} is disabled.`);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    await kms.send(new EnableKeyCommand({ KeyId: key.KeyId }));
    await expect(kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: text('x') }))).resolves.toMatchObject({ KeyId: key.Arn });
  });

  it('rotates key material and still decrypts what the old material encrypted', async () => {
    const key = await newKey();
    const before = await kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: text('old material') }));
    await kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 90 }));
    const status = await kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }));
    // The CLI reference's example shows the bare key id here, unlike Encrypt's key ARN.
    expect(status).toMatchObject({ KeyRotationEnabled: true, RotationPeriodInDays: 90, KeyId: key.KeyId });
    expect(status.NextRotationDate!.getTime()).toBeGreaterThan(Date.now() + 89 * DAY);
    await kms.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId }));
    const { Rotations } = await kms.send(new ListKeyRotationsCommand({ KeyId: key.KeyId }));
    expect(Rotations).toEqual([expect.objectContaining({ KeyId: key.KeyId, RotationType: 'ON_DEMAND' })]);
    const decrypted = await kms.send(new DecryptCommand({ CiphertextBlob: before.CiphertextBlob }));
    expect(new TextDecoder().decode(decrypted.Plaintext)).toBe('old material');
  });

  it('schedules a deletion that blocks use, and cancelling it leaves the key disabled', async () => {
    const key = await newKey();
    const scheduled = await kms.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }));
    expect(scheduled).toMatchObject({ KeyId: key.Arn, KeyState: 'PendingDeletion', PendingWindowInDays: 7 });
    expect(scheduled.DeletionDate!.getTime()).toBeGreaterThan(Date.now() + 6 * DAY);
    const error = await rejection(kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: text('x') })));
    expect(error).toBeInstanceOf(KMSInvalidStateException);
    expect(error.message).toBe(`${key.Arn} is pending deletion.`);
    const cancelled = await kms.send(new CancelKeyDeletionCommand({ KeyId: key.KeyId }));
    expect(cancelled.KeyId).toBe(key.Arn);
    const described = await kms.send(new DescribeKeyCommand({ KeyId: key.KeyId }));
    expect(described.KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    expect(described.KeyMetadata!.DeletionDate).toBeUndefined();
  });
});
