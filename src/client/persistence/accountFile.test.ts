import { describe, expect, it } from 'vitest';
import { createAccount, randomIds, systemClock } from '../../engine/index.ts';
import { createInProcessClient } from '../engineClient.ts';
import { exportAccountFile, importAccountFile } from './accountFile.ts';

const ADMIN = 'arn:aws:iam::111122223333:user/Admin';
const newAccount = () => createAccount({ clock: systemClock, ids: randomIds(crypto), crypto });

async function accountWithCiphertext() {
  const account = await newAccount();
  const client = createInProcessClient(account, ADMIN);
  const created = await client.call('kms:CreateKey', { Description: 'exported' });
  if (!created.ok) throw new Error(created.error.message);
  const encrypted = await client.call('kms:Encrypt', { KeyId: created.value.KeyMetadata.KeyId, Plaintext: new TextEncoder().encode('before export') });
  if (!encrypted.ok) throw new Error(encrypted.error.message);
  return { account, keyId: created.value.KeyMetadata.KeyId, blob: encrypted.value.CiphertextBlob };
}

describe('account export files', () => {
  it('decrypts ciphertext made before the export in the imported account', async () => {
    const { account, keyId, blob } = await accountWithCiphertext();
    const file = await exportAccountFile(account, 'correct horse battery');

    const imported = await importAccountFile(await newAccount(), file, 'correct horse battery');
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const decrypted = await createInProcessClient(imported.value, ADMIN).call('kms:Decrypt', { CiphertextBlob: blob });
    expect(decrypted.ok && new TextDecoder().decode(decrypted.value.Plaintext)).toBe('before export');
    expect(decrypted.ok && decrypted.value.KeyId).toContain(keyId);
  });

  it('never writes key material or the state in the clear', async () => {
    const { account } = await accountWithCiphertext();
    const file = await exportAccountFile(account, 'correct horse battery');
    expect(file).not.toContain('exported');
    expect(file).not.toContain('wJalrXUtnFEMI');
    for (const [id, blob] of Object.entries(account.hsm.snapshot().wrapped)) expect(JSON.parse(file).material[id]).not.toBe(blob);
  });

  it('refuses a wrong passphrase', async () => {
    const { account } = await accountWithCiphertext();
    const file = await exportAccountFile(account, 'correct horse battery');
    expect(await importAccountFile(account, file, 'wrong horse battery')).toEqual({ ok: false, error: 'wrongPassphrase' });
  });

  it('refuses a file that is not an export, or was changed after export', async () => {
    const { account } = await accountWithCiphertext();
    const file = JSON.parse(await exportAccountFile(account, 'correct horse battery'));
    expect(await importAccountFile(account, 'not json at all', 'x')).toEqual({ ok: false, error: 'notAnExport' });
    expect(await importAccountFile(account, JSON.stringify({ ...file, format: 'other' }), 'correct horse battery')).toEqual({ ok: false, error: 'notAnExport' });
    expect(await importAccountFile(account, JSON.stringify({ ...file, snapshotVersion: 99 }), 'correct horse battery')).toEqual({ ok: false, error: 'newerVersion' });
    const flipped = file.state.slice(0, 30) + (file.state[30] === 'A' ? 'B' : 'A') + file.state.slice(31);
    expect(await importAccountFile(account, JSON.stringify({ ...file, state: flipped }), 'correct horse battery')).toEqual({ ok: false, error: 'wrongPassphrase' });
    const [id] = Object.keys(file.material);
    expect(await importAccountFile(account, JSON.stringify({ ...file, material: { [id!]: 'AAAA' } }), 'correct horse battery')).toEqual({ ok: false, error: 'damaged' });
  });
});
