import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';
import { bytes, putTestKey, text } from './testKeys.ts';

describe('kms:ReEncrypt', () => {
  it('moves a blob to the destination key and context, naming both keys by ARN', async () => {
    const t = await testAccount();
    const [source, destination] = [await putTestKey(t), await putTestKey(t)];
    const { CiphertextBlob } = await t.ok('kms:Encrypt', { KeyId: source.keyId, Plaintext: bytes('move me'), EncryptionContext: { a: '1' } });
    const out = await t.ok('kms:ReEncrypt', {
      CiphertextBlob, DestinationKeyId: destination.arn, SourceEncryptionContext: { a: '1' }, DestinationEncryptionContext: { b: '2' },
    });
    expect(out).toMatchObject({
      SourceKeyId: source.arn, KeyId: destination.arn, SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT', DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    });
    const back = await t.ok('kms:Decrypt', { CiphertextBlob: out.CiphertextBlob, EncryptionContext: { b: '2' } });
    expect([text(back.Plaintext), back.KeyId]).toEqual(['move me', destination.arn]);
  });

  it('checks SourceKeyId against the blob', async () => {
    const t = await testAccount();
    const [source, other] = [await putTestKey(t), await putTestKey(t)];
    const { CiphertextBlob } = await t.ok('kms:Encrypt', { KeyId: source.keyId, Plaintext: bytes('x') });
    await t.fails('kms:ReEncrypt', { CiphertextBlob, SourceKeyId: other.keyId, DestinationKeyId: other.keyId }, 'IncorrectKeyException');
  });

  it('fails with the source context wrong, or the destination key disabled', async () => {
    const t = await testAccount();
    const [source, destination] = [await putTestKey(t), await putTestKey(t, { keyState: 'Disabled' })];
    const { CiphertextBlob } = await t.ok('kms:Encrypt', { KeyId: source.keyId, Plaintext: bytes('x'), EncryptionContext: { a: '1' } });
    await t.fails('kms:ReEncrypt', { CiphertextBlob, DestinationKeyId: source.keyId }, 'InvalidCiphertextException', '');
    await t.fails('kms:ReEncrypt', { CiphertextBlob, DestinationKeyId: destination.keyId, SourceEncryptionContext: { a: '1' } },
      'DisabledException', `${destination.arn} is disabled.`);
  });
});
