/**
 * Every KMS error path the learner can hit, as the real @aws-sdk/client-kms raises it, in
 * process and over the loopback endpoint: the typed exception class, AWS's code and message,
 * HTTP 400 and a request id — exactly what code written against AWS would catch.
 */
import {
  AlreadyExistsException, CancelKeyDeletionCommand, CreateAliasCommand, CreateKeyCommand, DecryptCommand, DescribeKeyCommand,
  EnableKeyRotationCommand, EncryptCommand, IncorrectKeyException, InvalidCiphertextException, KMSInvalidStateException,
  KMSServiceException, MalformedPolicyDocumentException, NotFoundException, PutKeyPolicyCommand, ScheduleKeyDeletionCommand,
  ListKeysCommand, type KMSClient,
} from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, aliasArn, keyArn, rejection, TRANSPORTS, type KmsTransport } from './kmsTransports.ts';

const text = (s: string) => new TextEncoder().encode(s);
const UNKNOWN_KEY = '00000000-1111-2222-3333-444444444444';

type ErrorClass = abstract new (...args: never[]) => Error;

describe.each(TRANSPORTS)('KMS errors through the real SDK $name', ({ start }) => {
  let transport: KmsTransport;
  let kms: KMSClient;
  let keyId: string;
  beforeAll(async () => {
    transport = await start();
    kms = transport.client();
    keyId = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
  });
  afterAll(() => transport.close());

  /** Asserts the SDK raised `type` named `name` with exactly `message`, HTTP 400 and a request id. */
  async function expectError(call: Promise<unknown>, type: ErrorClass, name: string, message: string) {
    const error = await rejection(call);
    expect(error).toBeInstanceOf(type);
    expect({ name: error.name, message: error.message, status: error.$metadata.httpStatusCode, fault: error.$fault })
      .toEqual({ name, message, status: 400, fault: 'client' });
    expect(error.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  }

  const encrypt = (plaintext = 'secret', EncryptionContext?: Record<string, string>) =>
    kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: text(plaintext), ...(EncryptionContext ? { EncryptionContext } : {}) }));

  it('answers an unknown key id with NotFoundException naming the key ARN', async () => {
    await expectError(kms.send(new DescribeKeyCommand({ KeyId: UNKNOWN_KEY })), NotFoundException, 'NotFoundException', `Key '${keyArn(UNKNOWN_KEY)}' does not exist`);
  });

  it('answers an unknown alias with NotFoundException naming the alias ARN', async () => {
    await expectError(kms.send(new EncryptCommand({ KeyId: 'alias/nobody', Plaintext: text('x') })), NotFoundException, 'NotFoundException', `Alias ${aliasArn('alias/nobody')} is not found.`);
  });

  it('refuses an alias name that is taken with AlreadyExistsException', async () => {
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/taken', TargetKeyId: keyId }));
    await expectError(kms.send(new CreateAliasCommand({ AliasName: 'alias/taken', TargetKeyId: keyId })), AlreadyExistsException, 'AlreadyExistsException', `An alias with the name ${aliasArn('alias/taken')} already exists`);
  });

  it('refuses an alias name without the alias/ prefix', async () => {
    await expectError(kms.send(new CreateAliasCommand({ AliasName: 'orders', TargetKeyId: keyId })), KMSServiceException, 'ValidationException',
      'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html');
  });

  it('refuses the alias/aws/ prefix, which AWS keeps for its own keys', async () => {
    // No message on the wire: the SDK fills in its generic one.
    await expectError(kms.send(new CreateAliasCommand({ AliasName: 'alias/aws/mine', TargetKeyId: keyId })), KMSServiceException, 'NotAuthorizedException', 'UnknownError');
  });

  it('refuses Decrypt with a KeyId that is not the ciphertext key', async () => {
    const { CiphertextBlob } = await encrypt();
    const other = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    await expectError(kms.send(new DecryptCommand({ CiphertextBlob, KeyId: other })), IncorrectKeyException, 'IncorrectKeyException',
      'The key ID in the request does not identify a CMK that can perform this operation.');
  });

  it('refuses a tampered ciphertext, trailing bytes and a wrong encryption context alike', async () => {
    const { CiphertextBlob } = await encrypt('secret', { purpose: 'lab' });
    const tampered = CiphertextBlob!.slice();
    tampered[tampered.length - 1]! ^= 1;
    const trailing = new Uint8Array([...CiphertextBlob!, 0]);
    for (const [blob, context] of [[tampered, { purpose: 'lab' }], [trailing, { purpose: 'lab' }], [CiphertextBlob!, { purpose: 'other' }], [CiphertextBlob!, undefined]] as const) {
      const input = { CiphertextBlob: blob, ...(context ? { EncryptionContext: context } : {}) };
      await expectError(kms.send(new DecryptCommand(input)), InvalidCiphertextException, 'InvalidCiphertextException', 'UnknownError');
    }
  });

  it('refuses plaintext over 4096 bytes with the model validation message', async () => {
    await expectError(encrypt('x'.repeat(4097)), KMSServiceException, 'ValidationException',
      "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096");
  });

  it('refuses a deletion window under 7 days', async () => {
    await expectError(kms.send(new ScheduleKeyDeletionCommand({ KeyId: keyId, PendingWindowInDays: 6 })), KMSServiceException, 'ValidationException',
      'PendingWindowInDays must be between 7 and 30');
  });

  it('refuses a rotation period under 90 days', async () => {
    await expectError(kms.send(new EnableKeyRotationCommand({ KeyId: keyId, RotationPeriodInDays: 89 })), KMSServiceException, 'ValidationException',
      "1 validation error detected: Value '89' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value greater than or equal to 90");
  });

  it('refuses to cancel the deletion of a key that is not pending deletion', async () => {
    await expectError(kms.send(new CancelKeyDeletionCommand({ KeyId: keyId })), KMSInvalidStateException, 'KMSInvalidStateException', `${keyArn(keyId)} is not pending deletion.`);
  });

  it('refuses a key policy that is not JSON', async () => {
    await expectError(kms.send(new PutKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default', Policy: '{ not json' })), MalformedPolicyDocumentException, 'MalformedPolicyDocumentException', 'UnknownError');
  });

  it('answers a wrong secret key with InvalidSignatureException', async () => {
    const wrong = transport.client({ ...ADMIN, secretAccessKey: 'not-the-secret' });
    await expectError(wrong.send(new ListKeysCommand({})), KMSServiceException, 'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.');
  });

  it('answers an access key the account does not know with UnrecognizedClientException', async () => {
    const stranger = transport.client({ accessKeyId: 'AKIAI44QH8DHBEXAMPLE', secretAccessKey: ADMIN.secretAccessKey });
    await expectError(stranger.send(new ListKeysCommand({})), KMSServiceException, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
  });
});
