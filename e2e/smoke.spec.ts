import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { KmsConsolePage, type Lang } from './pages/KmsConsolePage.ts';

// axe measures colours as they are painted: a flash message still fading in reads as low
// contrast. Cloudscape turns its animations off for users who ask for reduced motion.
test.use({ reducedMotion: 'reduce' });

const ROUTES = [
  '/kms/keys', '/kms/aws-managed-keys', '/kms/keys/create', '/kms/try', '/account',
  '/iam/users', '/iam/users/create', '/iam/users/Admin', '/iam/roles', '/iam/roles/create', '/iam/policies', '/iam/policies/create',
  `/iam/policies/${encodeURIComponent('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess')}`,
  '/cloudtrail/events', '/cloudtrail/trails', '/cloudtrail/trails/create',
  '/s3/buckets', '/s3/buckets/create',
];

for (const lang of ['ja', 'en'] satisfies Lang[]) {
  test(`every route loads in ${lang} without console errors, placeholder text or axe violations`, async ({ page }) => {
    // axe on every route of four services takes longer than one journey.
    test.setTimeout(240_000);
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page: ${e.message}`));

    const kms = await new KmsConsolePage(page).open(lang);
    await kms.createKey({ alias: `smoke-${lang}` });
    const keyPage = page.url().replace(/^https?:\/\/[^/]+/, '');
    for (const route of [...ROUTES, keyPage]) {
      await page.goto(route);
      await expect(page.getByRole('heading', { level: 1 }).or(page.getByRole('heading', { level: 2 })).first()).toBeVisible();
      await page.screenshot({ path: `test-results/screens/${lang}${route.replaceAll('/', '_')}.png`, fullPage: true });
      const text = await page.locator('body').innerText();
      expect(text, route).not.toMatch(/\bundefined\b|\bNaN\b|\[\[|\{\{/);
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(axe.violations.map((v) => `${route}: ${v.id} ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 200)} ${n.failureSummary ?? ''}`).join(', ')}`)).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
}
