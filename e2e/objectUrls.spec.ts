/**
 * The public-URL lesson in real browser tabs: Open (presigned SigV4) shows the SSE-KMS image;
 * the plain object URL is AccessDenied, then — public — S3's SigV4 InvalidArgument; a public
 * SSE-S3 object opens for anyone; an uploaded HTML page cannot run script; and with no lab
 * tab the worker says so in both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { imageWidth, ObjectUrlsPage } from './pages/ObjectUrlsPage.ts';

// The object URLs are served by the app's service worker, which the config blocks elsewhere.
test.use({ serviceWorkers: 'allow' });
// Each journey opens several tabs, every one answered by the engine in the lab tab: room for a busy machine.
test.describe.configure({ timeout: 90_000 });

const SAMPLE = readFileSync(join(import.meta.dirname, '..', 'public', 'sample-key.png'));
const SSE_KMS_NEEDS_SIGV4 = 'Requests specifying Server Side Encryption with AWS KMS managed keys require AWS Signature Version 4.';
const HOSTILE_PAGE = '<!doctype html><title>uploaded</title><script>document.title = "pwned"; window.pwned = true;</script><p>uploaded page</p>';

for (const lang of ['ja', 'en'] as const) {
  test(`(${lang}) Open shows an SSE-KMS image; its URL is AccessDenied, then the SigV4 InvalidArgument once public`, async ({ page }, testInfo) => {
    const s3 = await new ObjectUrlsPage(page).open(lang);
    await s3.createBucket('lab-images');
    await s3.uploadSampleImage('SSE-KMS');
    await page.screenshot({ path: testInfo.outputPath(`object-urls-${lang}.png`) });

    const opened = await s3.openPresigned();
    expect(opened.tab.url()).toMatch(/X-Amz-Algorithm=AWS4-HMAC-SHA256.*X-Amz-Signature=/);
    expect(opened.response.status()).toBe(200);
    expect(await imageWidth(opened.tab)).toBe(160);
    await opened.tab.screenshot({ path: testInfo.outputPath(`open-presigned-${lang}.png`) });
    await opened.tab.close();

    const denied = await s3.openObjectUrl();
    expect(denied.response.status()).toBe(403);
    await expect(denied.tab.locator('body')).toContainText('AccessDenied');
    await expect(denied.tab.locator('body')).toContainText('Access Denied');
    await denied.tab.screenshot({ path: testInfo.outputPath(`object-url-access-denied-${lang}.png`) });
    await denied.tab.close();

    await s3.allowPublicAcls();
    await s3.makePublic('sample-key.png');
    const kms = await s3.openObjectUrl();
    expect(kms.response.status()).toBe(400);
    await expect(kms.tab.locator('body')).toContainText('InvalidArgument');
    await expect(kms.tab.locator('body')).toContainText(SSE_KMS_NEEDS_SIGV4);
    expect(await kms.response.text()).toContain(`<Code>InvalidArgument</Code><Message>${SSE_KMS_NEEDS_SIGV4}</Message><ArgumentName>Authorization</ArgumentName><ArgumentValue>null</ArgumentValue>`);
    await kms.tab.screenshot({ path: testInfo.outputPath(`object-url-sse-kms-sigv4-${lang}.png`) });
  });
}

test('a public SSE-S3 object opens for anyone, and an uploaded HTML page runs no script', async ({ page }) => {
  const s3 = await new ObjectUrlsPage(page).open('en');
  await s3.createBucket('lab-public');
  await s3.allowPublicAcls();
  await s3.uploadFile({ name: 'public-key.png', mimeType: 'image/png', buffer: SAMPLE }, 'SSE-S3');
  await s3.makePublic('public-key.png');
  const image = await s3.openObjectUrl();
  expect(image.response.status()).toBe(200);
  expect(await imageWidth(image.tab)).toBe(160);
  await image.tab.close();

  await s3.uploadFile({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(HOSTILE_PAGE) }, 'SSE-S3');
  await s3.makePublic('page.html');
  const html = await s3.openObjectUrl();
  const headers = await html.response.allHeaders();
  expect({ csp: headers['content-security-policy'], nosniff: headers['x-content-type-options'], type: headers['content-type'] })
    .toEqual({ csp: 'sandbox', nosniff: 'nosniff', type: 'text/html' });
  await expect(html.tab.getByText('uploaded page')).toBeVisible();
  expect(await html.tab.title()).toBe('uploaded');
  expect(await html.tab.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
  // Sandboxed: the page's origin is opaque, so it could not reach the lab's storage even with script.
  expect(await html.tab.evaluate(() => window.origin)).toBe('null');
});

test('with no lab tab open, an object URL says so in Japanese and English', async ({ page, context }, testInfo) => {
  const s3 = await new ObjectUrlsPage(page).open('ja');
  await s3.createBucket('lab-images');
  await s3.uploadSampleImage('SSE-S3');
  await page.screenshot({ path: testInfo.outputPath('object-urls-ja.png') });
  const url = await s3.objectUrl();
  const alone = await context.newPage();
  await page.close();
  const response = await alone.goto(url);
  expect(response?.status()).toBe(503);
  await expect(alone.getByRole('heading', { name: 'KMS Lab が開いていません' })).toBeVisible();
  await expect(alone.getByRole('heading', { name: 'KMS Lab is not open' })).toBeVisible();
  await alone.screenshot({ path: testInfo.outputPath('no-lab-tab.png') });
  await alone.getByRole('link', { name: 'Open KMS Lab' }).click();
  await expect(alone).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});
