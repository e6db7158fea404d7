import { describe, expect, it } from 'vitest';
import { testAccount } from './testing/testAccount.ts';
import { restoreAccount, snapshotAccount, SNAPSHOT_VERSION } from './snapshot.ts';
import { dispatch } from './dispatch.ts';
import { fixedClock, seededIds } from './testing/seededIds.ts';
import { utf8 } from '../shared/bytes.ts';

const platform = () => ({ clock: fixedClock(), ids: seededIds(100), crypto: globalThis.crypto });
const admin = { kind: 'accessKey', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' } as const;

describe('snapshot and restore', () => {
  it('keeps keys, aliases and ciphertext decryptable across a restore', async () => {
    const t = await testAccount();
    const { KeyMetadata } = await t.ok('kms:CreateKey', { Description: 'kept' });
    await t.ok('kms:CreateAlias', { AliasName: 'alias/kept', TargetKeyId: KeyMetadata.KeyId });
    const { CiphertextBlob } = await t.ok('kms:Encrypt', { KeyId: 'alias/kept', Plaintext: utf8('hello'), EncryptionContext: { a: 'b' } });

    const restored = await restoreAccount(platform(), snapshotAccount(t.account));
    if (!restored.ok) throw new Error(restored.error);
    const outcome = await dispatch(restored.value, { action: 'kms:Decrypt', input: { CiphertextBlob, EncryptionContext: { a: 'b' } }, caller: admin });
    expect(outcome).toMatchObject({ ok: true, value: { KeyId: KeyMetadata.Arn, Plaintext: utf8('hello') } });
    expect(Object.keys(restored.value.state.kms.aliases)).toEqual(['alias/kept']);
  });

  it('names its schema version', async () => {
    const t = await testAccount();
    expect(snapshotAccount(t.account).version).toBe(SNAPSHOT_VERSION);
  });

  it('refuses damaged or foreign snapshots with a clear message instead of throwing', async () => {
    const t = await testAccount();
    const good = snapshotAccount(t.account);
    const cases: Array<[unknown, RegExp]> = [
      [null, /not a KMS Lab snapshot/],
      ['{"version":1}', /not a KMS Lab snapshot/],
      [{ ...good, version: SNAPSHOT_VERSION + 1 }, /newer KMS Lab/],
      [{ ...good, state: { ...good.state, kms: null } }, /damaged/],
      [{ ...good, hsm: { ...good.hsm, wrapped: { m: 'not base64!' } } }, /key material could not be restored/],
    ];
    for (const [snapshot, message] of cases) {
      const restored = await restoreAccount(platform(), snapshot);
      expect(restored.ok).toBe(false);
      expect(!restored.ok && restored.error).toMatch(message);
    }
  });

  it('refuses material wrapped under another account’s domain key', async () => {
    const a = await testAccount();
    const b = await testAccount();
    await a.ok('kms:CreateKey', {});
    const mixed = { ...snapshotAccount(a.account), hsm: { ...snapshotAccount(a.account).hsm, domainKey: snapshotAccount(b.account).hsm.domainKey } };
    const restored = await restoreAccount(platform(), mixed);
    expect(!restored.ok && restored.error).toMatch(/key material could not be restored/);
  });
});
