import { expect, test } from '@playwright/test';
import { TerminalPage } from './pages/TerminalPage.ts';

test('a learner opens the terminal, creates a key with the aws CLI and sees its JSON', async ({ page }) => {
  const terminal = await new TerminalPage(page).open();
  await terminal.run('aws kms create-key --description lab-key --tags TagKey=Name,TagValue=FromTheTerminal');
  await expect.poll(() => terminal.screen()).toContain('"KeyMetadata": {');
  expect(await terminal.screen()).toContain('"Description": "lab-key"');

  await terminal.run('aws kms list-keys --query "length(Keys)" --output text');
  await expect.poll(() => terminal.screen()).toMatch(/\n1\s*\n/);
});

test('the terminal is not part of the first page load', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.goto('/?lang=en');
  await page.waitForLoadState('networkidle');
  expect(scripts.some((url) => /TerminalPanel|xterm/i.test(url))).toBe(false);
});
