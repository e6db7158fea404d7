import { expect, test } from '@playwright/test';
import { KmsConsolePage } from './pages/KmsConsolePage.ts';

test('a learner creates a key with an alias, encrypts with an encryption context and decrypts it back', async ({ page }) => {
  const kms = await new KmsConsolePage(page).open();
  await kms.createKey({ alias: 'lab-data', description: 'lab data key' });
  await kms.goTo('keysTable');
  await expect(kms.keyRow('alias/lab-data')).toContainText('lab data key');

  await kms.encrypt({ key: 'alias/lab-data', plaintext: 'こんにちは、KMS', context: 'purpose=lab\ndept=finance' });
  await expect(kms.ciphertextOut).toHaveValue(/^[A-Za-z0-9+/]{40,}={0,2}$/);
  // The ciphertext and context travel to Decrypt, as a learner would paste them.
  await expect(kms.ciphertextIn).toHaveValue(await kms.ciphertextOut.inputValue());

  await kms.decrypt();
  await expect(kms.decrypted).toHaveValue('こんにちは、KMS');
});

test('a tampered ciphertext is refused with InvalidCiphertextException', async ({ page }) => {
  const kms = await new KmsConsolePage(page).open('en');
  await kms.createKey({ alias: 'tamper' });
  await kms.encrypt({ key: 'alias/tamper', plaintext: 'secret', context: 'purpose=lab' });
  const blob = await kms.ciphertextOut.inputValue();
  // Near the end, clear of the padding: the bytes of the authentication tag change.
  const at = blob.length - 5;
  await kms.ciphertextIn.fill(blob.slice(0, at) + (blob[at] === 'A' ? 'B' : 'A') + blob.slice(at + 1));

  await kms.decrypt();
  await expect(kms.error(kms.decryptPanel, 'InvalidCiphertextException')).toBeVisible();
  await expect(kms.decrypted).toHaveCount(0);
});

test('decrypting with a different encryption context is refused', async ({ page }) => {
  const kms = await new KmsConsolePage(page).open();
  await kms.createKey({ alias: 'context' });
  await kms.encrypt({ key: 'alias/context', plaintext: 'secret', context: 'purpose=lab' });
  await kms.decryptContext.fill('purpose=other');

  await kms.decrypt();
  await expect(kms.error(kms.decryptPanel, 'InvalidCiphertextException')).toBeVisible();
  // The explanation is in the learner's language, next to AWS's untranslated code.
  await expect(kms.decryptPanel).toContainText('暗号化コンテキスト');

  await kms.decryptContext.fill('purpose=lab');
  await kms.decrypt();
  await expect(kms.decrypted).toHaveValue('secret');
});
