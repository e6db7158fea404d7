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

test('a line longer than the terminal is drawn once while typed and edited, and runs as edited', async ({ page }) => {
  const terminal = await new TerminalPage(page).open();
  const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
  await terminal.region.click();
  await page.keyboard.type(`echo ${words}`);
  // Back to the start of the wrapped line, a word added there, then run from the middle of it.
  await page.keyboard.press('Home');
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.type('first ');
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect.poll(() => terminal.screen()).toMatch(/\$\s*$/);
  const screen = (await terminal.screen()).replace(/\s+/g, '');
  const typed = `echofirst${words.replace(/ /g, '')}`;
  expect(screen.split(typed).length - 1).toBe(1);
  expect(screen.split(`first${words.replace(/ /g, '')}`).length - 1).toBe(2); // the line as typed, and what echo printed
  expect(screen.split('echo').length - 1).toBe(1);
});
