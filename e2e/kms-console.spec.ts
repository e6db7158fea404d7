import { expect, test } from '@playwright/test';
import { AccountPage } from './pages/AccountPage.ts';
import { KmsConsolePage, type Lang } from './pages/KmsConsolePage.ts';

const ADMIN = 'arn:aws:iam::111122223333:user/Admin';

/** What the Review step and the new key's page say, in the Japanese console's terms and the English one's. */
const WIZARD_WORDS = {
  ja: { review: '確認', configuration: 'キーの設定', symmetric: '対称', usage: '暗号化および復号化', created: /^エイリアス alias\/wizard-ja、キー ID .* で AWS KMS キーが作成されました。$/ },
  en: { review: 'Review', configuration: 'Key configuration', symmetric: 'Symmetric', usage: 'Encrypt and decrypt', created: /^Your AWS KMS key was created with alias alias\/wizard-en and key ID / },
} as const;

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
    const words = WIZARD_WORDS[lang];
    await expect(page.getByRole('heading', { level: 1, name: words.review })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: words.configuration })).toBeVisible();
    await expect(page.getByText(words.symmetric, { exact: true })).toBeVisible();
    await expect(page.getByText(words.usage, { exact: true })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/journey-${lang}-wizard-review.png`, fullPage: true });

    await page.getByRole('button', { name: kms.labels.finish, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `alias/wizard-${lang}` })).toBeVisible();
    await expect(page.getByText(words.created)).toBeVisible();
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

for (const lang of ['ja', 'en'] satisfies Lang[]) {
  test(`(${lang}) a reload finds the key, its description and the ciphertext still usable`, async ({ page }) => {
    const kms = await new KmsConsolePage(page).open(lang);
    const account = new AccountPage(page, lang);
    const plaintext = lang === 'ja' ? 'まだ読める' : 'still readable';
    await kms.createKey({ alias: `persist-${lang}`, description: 'survives reload' });
    await kms.encrypt({ key: `alias/persist-${lang}`, plaintext });
    const blob = await kms.ciphertextOut.inputValue();
    await kms.goTo('account');
    await account.expectSaved();

    await page.reload();
    // The reload lands where it was, on the account page, in the learner's language.
    await expect(page.getByRole('heading', { level: 1, name: kms.labels.account })).toBeVisible();
    await kms.goTo('keysTable');
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${kms.labels.keysTable}`) })).toBeVisible();
    await expect(page.getByRole('button', { name: kms.labels.createKey, exact: true })).toBeVisible();
    await expect(kms.keyRow(`alias/persist-${lang}`)).toContainText('survives reload');
    await expect(kms.keyRow(`alias/persist-${lang}`)).toContainText(kms.labels.enabled);
    await kms.goTo('tryIt');
    await kms.ciphertextIn.fill(blob);
    await kms.decrypt();
    await expect(kms.decrypted).toHaveValue(plaintext);
    await page.screenshot({ path: `test-results/screens/journey-${lang}-reload.png`, fullPage: true });
  });

  test(`(${lang}) export, reset and import bring back a key that decrypts ciphertext made before the export`, async ({ page }) => {
    const kms = await new KmsConsolePage(page).open(lang);
    const account = new AccountPage(page, lang);
    await kms.createKey({ alias: `exported-${lang}` });
    await kms.encrypt({ key: `alias/exported-${lang}`, plaintext: 'from before' });
    const blob = await kms.ciphertextOut.inputValue();

    await kms.goTo('account');
    const file = await account.exportAccount('correct horse battery');
    await account.resetAccount();
    await kms.goTo('keysTable');
    await expect(kms.keyRow(`alias/exported-${lang}`)).toHaveCount(0);

    await kms.goTo('account');
    await account.importAccount(file, 'wrong passphrase');
    await expect(page.getByText(account.labels.refused)).toBeVisible();
    await expect(page.getByText(account.labels.wrongPassphrase)).toBeVisible();
    await page.screenshot({ path: `test-results/screens/journey-${lang}-import-refused.png`, fullPage: true });

    await account.importAccount(file, 'correct horse battery');
    await expect(page.getByText(account.labels.imported)).toBeVisible();

    await kms.goTo('keysTable');
    await expect(kms.keyRow(`alias/exported-${lang}`)).toHaveCount(1);
    await kms.goTo('tryIt');
    await kms.ciphertextIn.fill(blob);
    await kms.decrypt();
    await expect(kms.decrypted).toHaveValue('from before');
  });
}
