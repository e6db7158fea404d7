import { expect, test } from '@playwright/test';
import { KmsConsolePage, type Lang } from './pages/KmsConsolePage.ts';

for (const lang of ['ja', 'en'] satisfies Lang[]) {
  test(`the page loads in ${lang} without console errors, page errors or placeholder text`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page: ${e.message}`));

    const kms = await new KmsConsolePage(page).open(lang);
    await expect(kms.keysTable).toBeVisible();
    // A first key exercises the whole loop: CreateKey, CreateAlias, ListKeys, DescribeKey, ListAliases.
    await kms.createKey({ alias: `smoke-${lang}` });

    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\bundefined\b|\bNaN\b|\[\[|\{\{/);
    expect(problems).toEqual([]);
  });
}
