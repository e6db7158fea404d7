import { expect, test } from '@playwright/test';
import { KmsConsolePage } from './pages/KmsConsolePage.ts';
import { PlaygroundPage } from './pages/PlaygroundPage.ts';

test('a learner runs the create-key example in the SDK playground and finds the key in the console', async ({ page }) => {
  const playground = await new PlaygroundPage(page).open();
  await playground.run();
  await expect(page.getByText(playground.labels.finished)).toBeVisible({ timeout: 30_000 });
  const printed = await playground.output.innerText();
  const keyId = /Created key ([0-9a-f-]{36})/.exec(printed)?.[1];
  expect(keyId, printed).toBeDefined();
  expect(printed).toContain('"Description": "Created from the SDK playground"');

  const console = new KmsConsolePage(page);
  console.lang = 'en';
  await console.goTo('keysTable');
  await expect(page.getByRole('row', { name: new RegExp(keyId!) })).toContainText('Created from the SDK playground');
});

test('an endless loop is stopped at the time limit and the page stays responsive', async ({ page }) => {
  const playground = await new PlaygroundPage(page, 'ja').open();
  await playground.replaceCode("console.log('start');\nwhile (true) {}\n");
  await playground.run();
  await expect(playground.output).toContainText('start');
  // The page answers while the worker spins: the side navigation still works.
  await page.getByRole('navigation').getByRole('link', { name: 'アカウントと保存' }).hover();
  await expect(page.getByText(playground.labels.timedOut)).toBeVisible({ timeout: 20_000 });
  await playground.replaceCode("import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';\nconst me = await new STSClient({}).send(new GetCallerIdentityCommand({}));\nconsole.log(me.Arn);\n");
  await playground.run();
  await expect(playground.output).toContainText('arn:aws:iam::111122223333:user/Admin', { timeout: 30_000 });
  await page.screenshot({ path: 'test-results/playground-ja.png', fullPage: true });
});

test('the sandbox cannot reach the network or the account storage', async ({ page }) => {
  const playground = await new PlaygroundPage(page).open();
  await playground.replaceCode("console.log(typeof fetch, typeof indexedDB, typeof XMLHttpRequest, typeof importScripts, typeof document);\n");
  await playground.run();
  await expect(playground.output).toContainText('undefined undefined undefined undefined undefined', { timeout: 30_000 });
  await page.screenshot({ path: 'test-results/playground-en.png', fullPage: true });
});
