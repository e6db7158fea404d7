import { expect, test } from '@playwright/test';
import { KmsConsolePage } from './pages/KmsConsolePage.ts';

test('the lab starts in Japanese, switches to English and remembers the choice', async ({ page }) => {
  const kms = await new KmsConsolePage(page).open();
  await expect(page.getByRole('heading', { name: 'カスタマー管理型のキー' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'キーの作成', exact: true })).toBeVisible();

  await kms.switchLanguage('en');
  await expect(page.getByRole('heading', { name: 'Customer managed keys' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create key', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'カスタマー管理型のキー' })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Customer managed keys' })).toBeVisible();

  await kms.switchLanguage('ja');
  await expect(page.getByRole('heading', { name: 'カスタマー管理型のキー' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});

test('the header shows the account, the Region and the signed-in principal', async ({ page }) => {
  await new KmsConsolePage(page).open('en');
  // The top bar keeps hidden copies of its labels for measuring; only what is shown counts.
  const shown = (text: string) => page.getByText(text, { exact: true }).filter({ visible: true });
  await expect(page.getByRole('button', { name: 'us-east-1, Region: US East (N. Virginia)' })).toBeVisible();
  await expect(shown('us-east-1')).toBeVisible();
  await page.getByRole('button', { name: /Admin @ 1111-2222-3333, Signed in as: arn:aws:iam::111122223333:user\/Admin/ }).click();
  await expect(page.getByRole('menuitem', { name: 'Account ID: 1111-2222-3333' })).toBeVisible();
});
