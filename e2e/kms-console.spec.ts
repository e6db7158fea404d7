import { expect, test, type Page } from '@playwright/test';
import { KmsConsolePage, type Lang } from './pages/KmsConsolePage.ts';

const ADMIN = 'arn:aws:iam::111122223333:user/Admin';

for (const lang of ['ja', 'en'] satisfies Lang[]) {
  test(`the Create key wizard (${lang}) shows the console's default key policy for the chosen administrators and users`, async ({ page }) => {
    const kms = await new KmsConsolePage(page).open(lang);
    const policy = JSON.parse(await kms.wizardToReview({ alias: `wizard-${lang}`, admins: ['Admin'], users: ['Admin'] }));
    expect(policy.Id).toBe('key-consolepolicy-3');
    expect(policy.Statement.map((s: { Sid: string }) => s.Sid)).toEqual([
      'Enable IAM User Permissions', 'Allow access for Key Administrators', 'Allow use of the key', 'Allow attachment of persistent resources',
    ]);
    expect(policy.Statement[0].Principal.AWS).toBe('arn:aws:iam::111122223333:root');
    expect(policy.Statement[1].Principal.AWS).toBe(ADMIN);
    expect(policy.Statement[1].Action).toContain('kms:ScheduleKeyDeletion');
    expect(policy.Statement[3].Condition).toEqual({ Bool: { 'kms:GrantIsForAWSResource': 'true' } });

    await page.getByRole('button', { name: kms.labels.finish, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `alias/wizard-${lang}` })).toBeVisible();
    await page.getByRole('tab', { name: kms.labels.keyPolicy }).click();
  });
}

test('a key scheduled for deletion can be cancelled, and one left pending is gone after 7 days', async ({ page }) => {
  const kms = await new KmsConsolePage(page).open('en');
  await kms.createKey({ alias: 'keep' });
  await kms.createKey({ alias: 'drop' });
  await kms.scheduleDeletion('alias/keep', 7);
  await kms.keyAction('alias/keep', 'cancelDeletion');
  await expect(kms.keyRow('alias/keep')).toContainText('Disabled');

  await kms.scheduleDeletion('alias/drop', 7);
  await kms.fastForward('week');
  await expect(kms.keyRow('alias/drop')).toHaveCount(0);
  await expect(kms.keyRow('alias/keep')).toHaveCount(1);
});

test('a reload finds the keys and ciphertext still usable', async ({ page }) => {
  const kms = await new KmsConsolePage(page).open('ja');
  await kms.createKey({ alias: 'persist', description: 'survives reload' });
  await kms.encrypt({ key: 'alias/persist', plaintext: 'まだ読める' });
  const blob = await kms.ciphertextOut.inputValue();
  await waitForSave(page);

  await page.reload();
  await kms.goTo('keysTable');
  await expect(kms.keyRow('alias/persist')).toContainText('survives reload');
  await kms.goTo('tryIt');
  await kms.ciphertextIn.fill(blob);
  await kms.decrypt();
  await expect(kms.decrypted).toHaveValue('まだ読める');
});

test('export, reset and import bring back a key that decrypts ciphertext made before the export', async ({ page }) => {
  const kms = await new KmsConsolePage(page).open('en');
  await kms.createKey({ alias: 'exported' });
  await kms.encrypt({ key: 'alias/exported', plaintext: 'from before' });
  const blob = await kms.ciphertextOut.inputValue();

  await kms.goTo('account');
  const exportPanel = page.locator('form').first();
  await exportPanel.getByLabel('Passphrase').fill('correct horse battery');
  const download = page.waitForEvent('download');
  await exportPanel.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await (await download).path();

  await page.getByRole('button', { name: 'Reset account' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset account' }).click();
  await expect(page.getByText('The account was reset.')).toBeVisible();

  const importPanel = page.locator('form').nth(1);
  await importPanel.locator('input[type=file]').setInputFiles(file);
  await importPanel.getByLabel('Passphrase').fill('wrong passphrase');
  await importPanel.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('The passphrase is wrong, or the file was changed after it was exported. Nothing was changed.')).toBeVisible();

  await importPanel.getByLabel('Passphrase').fill('correct horse battery');
  await importPanel.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('The account was imported.')).toBeVisible();

  await kms.goTo('tryIt');
  await kms.ciphertextIn.fill(blob);
  await kms.decrypt();
  await expect(kms.decrypted).toHaveValue('from before');
});

/** Saves are debounced; the account page says when the last one landed. */
async function waitForSave(page: Page) {
  await page.waitForTimeout(600);
}
