/**
 * The first page paints the console before the engine has loaded, and never leaves a blank
 * page: the engine's chunk (assets/startClient-*.js) is held back, refused, or storage is
 * taken away, and the learner always sees where they are and what to do.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Route } from '@playwright/test';

test.use({ reducedMotion: 'reduce' });

const ENGINE_CHUNK = /\/assets\/startClient-[^/]+\.js$/;
const TEXT = {
  ja: { starting: 'ラボのアカウントを起動しています…', keys: 'カスタマー管理型のキー', failed: 'KMS Lab を起動できませんでした', reload: '再読み込み', storage: 'アカウントが保存されていません', account: 'アカウントと保存' },
  en: { starting: 'Starting your lab account…', keys: 'Customer managed keys', failed: 'KMS Lab could not start', reload: 'Reload', storage: 'The account is not being saved', account: 'Account and storage' },
} as const;

/** Holds the engine's chunk until `release` is called. */
async function holdEngine(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(ENGINE_CHUNK, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

for (const lang of ['ja', 'en'] as const) {
  test(`the console shell is on screen in ${lang} while the engine loads, then the keys table`, async ({ page }) => {
    const problems: string[] = [];
    const fetched: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => fetched.push(r.url()));
    const release = await holdEngine(page);

    await page.goto(`/?lang=${lang}`);
    await expect(page.getByText(TEXT[lang].starting)).toBeVisible();
    await expect(page.getByRole('navigation').first()).toBeVisible();
    await page.screenshot({ path: `test-results/screens/startup-loading-${lang}.png` });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    release();
    await expect(page.getByRole('heading', { name: TEXT[lang].keys })).toBeVisible();
    await expect(page.getByText(TEXT[lang].starting)).toHaveCount(0);
    await page.screenshot({ path: `test-results/screens/startup-ready-${lang}.png` });
    // The first page loads neither the policy editor nor the terminal.
    expect(fetched.filter((url) => /monaco|editor\.api|xterm|TerminalPanel/i.test(url))).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('an engine that cannot load leaves the console frame with the reason and a reload', async ({ page }) => {
  await page.route(ENGINE_CHUNK, (route) => route.abort());
  await page.goto('/?lang=en');
  const alert = page.getByRole('alert').filter({ hasText: TEXT.en.failed });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('navigation').first()).toBeVisible();

  await page.unroute(ENGINE_CHUNK);
  await alert.getByRole('button', { name: TEXT.en.reload }).click();
  await expect(page.getByRole('heading', { name: TEXT.en.keys })).toBeVisible();
});

test('without IndexedDB the lab still starts in memory and says plainly that nothing is saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); } });
  });
  await page.goto('/?lang=ja');
  await expect(page.getByRole('heading', { name: TEXT.ja.keys })).toBeVisible();
  await expect(page.getByText(TEXT.ja.storage)).toBeVisible();
  await page.getByRole('button', { name: TEXT.ja.account }).click();
  await expect(page).toHaveURL(/\/account$/);
});
