/**
 * Every console table says what it holds when it holds nothing (a fresh account), and says why
 * when the list call fails (a user without permission): AWS's error code, untranslated, with
 * "Why was this denied?" in the learner's language. No console errors on the way.
 */
import { expect, test, type Page } from '@playwright/test';
import { IamConsolePage } from './pages/IamConsolePage.ts';
import { KmsConsolePage, type Lang } from './pages/KmsConsolePage.ts';
import { S3ConsolePage } from './pages/S3ConsolePage.ts';

const EMPTY = {
  ja: { keys: 'キーがありません', buckets: 'バケットがありません', trails: '証跡がありません', trailsTable: '証跡' },
  en: { keys: 'No keys', buckets: 'No buckets', trails: 'No trails', trailsTable: 'Trails' },
} as const;

/** Console errors and uncaught exceptions, collected for the whole test. */
function collectErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
  return problems;
}

for (const lang of ['ja', 'en'] satisfies Lang[]) {
  test(`(${lang}) a fresh account's keys, buckets and trails tables show their empty states`, async ({ page }) => {
    const problems = collectErrors(page);
    const kms = await new KmsConsolePage(page).open(lang);
    await expect(kms.keysTable.getByText(EMPTY[lang].keys, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: kms.labels.createKey, exact: true }).first()).toBeVisible();
    await page.screenshot({ path: `test-results/screens/tables-${lang}-empty-keys.png`, fullPage: true });

    const s3 = new S3ConsolePage(page, lang);
    await s3.openBuckets();
    await expect(page.getByRole('table').getByText(EMPTY[lang].buckets, { exact: true })).toBeVisible();

    await page.goto('/cloudtrail/trails');
    await expect(page.getByRole('table', { name: EMPTY[lang].trailsTable }).getByText(EMPTY[lang].trails, { exact: true })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test(`(${lang}) a user without KMS or IAM permission sees AccessDenied with its explanation in the keys and users tables`, async ({ page }) => {
    const problems = collectErrors(page);
    const kms = await new KmsConsolePage(page).open(lang);
    const iam = new IamConsolePage(page, lang);
    await kms.createKey({ alias: `listed-${lang}` });
    await iam.createUser(`no-kms-${lang}`, ['AmazonS3ReadOnlyAccess']);
    await iam.switchTo(`no-kms-${lang}`);

    await iam.openService('Key Management Service');
    await expect(kms.keysTable.getByText('AccessDeniedException', { exact: true })).toBeVisible();
    await expect(kms.keysTable).toContainText('kms:ListKeys');
    // ListKeys names no key: the explanation must not speak of "this key".
    await expect(kms.keysTable).toContainText(lang === 'ja' ? 'ListKeys や CreateKey ではアカウント' : 'the account for ListKeys and CreateKey');
    await expect(kms.keyRow(`alias/listed-${lang}`)).toHaveCount(0);
    await page.screenshot({ path: `test-results/screens/tables-${lang}-denied-keys.png`, fullPage: true });
    await kms.keysTable.getByRole('button', { name: iam.labels.why, exact: true }).click();
    const why = page.getByRole('dialog', { name: iam.labels.why });
    await expect(why).toContainText('kms:ListKeys');
    await expect(why).toContainText(`user/no-kms-${lang}`);
    await page.screenshot({ path: `test-results/screens/tables-${lang}-denied-keys-why.png`, fullPage: true });
    await page.keyboard.press('Escape');
    await expect(why).toBeHidden();

    await iam.openService('IAM');
    const users = page.getByRole('table', { name: lang === 'ja' ? 'ユーザー' : 'Users' });
    await expect(users.getByText('AccessDenied', { exact: true })).toBeVisible();
    await expect(users).toContainText('iam:ListUsers');
    // IAM's code is AccessDenied; its explanation is IAM's, not KMS's.
    await expect(users).toContainText(lang === 'ja' ? 'このリクエストを行う権限がありません' : 'not allowed to make this request');
    await expect(users).not.toContainText('KMS');
    await page.screenshot({ path: `test-results/screens/tables-${lang}-denied-users.png`, fullPage: true });
    await expect(users.getByRole('button', { name: iam.labels.why, exact: true })).toBeVisible();

    // Back as Admin, the same tables fill again.
    await iam.switchTo('Admin');
    await expect(users.getByRole('link', { name: `no-kms-${lang}`, exact: true })).toBeVisible();
    expect(problems).toEqual([]);
  });
}
