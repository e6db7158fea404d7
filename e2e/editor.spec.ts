import { expect, test } from '@playwright/test';
import { PolicyEditorPage } from './pages/PolicyEditorPage.ts';
import { TerminalPage } from './pages/TerminalPage.ts';

// One line: typed into Monaco, a multi-line text would meet its auto-closing brackets.
const policy = (principal: string) => JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' },
    { Sid: 'FromTheEditor', Effect: 'Allow', Principal: { AWS: principal }, Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: '*' },
  ],
});

test('a learner fixes a key policy in the editor, saves it and creates a key from it with file://', async ({ page }) => {
  const editor = await new PolicyEditorPage(page).open();
  await editor.replaceText(policy('arn:aws:iam::111122223333:user/*'));
  await expect(editor.problems()).toContainText('MalformedPolicyDocumentException: Policy contains a statement with one or more invalid principals.');
  await expect(editor.problems()).toContainText('Statement[1].Principal.AWS');
  await expect(editor.editor.locator('.squiggly-error').first()).toBeAttached();
  await page.screenshot({ path: 'test-results/editor-en.png', fullPage: true });

  await editor.replaceText(policy('arn:aws:iam::111122223333:user/Admin'));
  await expect(editor.noProblems()).toBeVisible();
  await editor.save('keypolicy.json');
  await expect(editor.fileRow('keypolicy.json')).toBeVisible();

  const terminal = new TerminalPage(page);
  await page.getByRole('button', { name: 'Open terminal' }).click();
  await expect(terminal.region).toContainText('KMS Lab terminal');
  await terminal.run('aws kms create-key --policy file://keypolicy.json --query KeyMetadata.KeyId --output text');
  await expect.poll(() => terminal.screen()).toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  const keyId = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/.exec(await terminal.screen())![1]!;
  await terminal.run(`aws kms get-key-policy --key-id ${keyId} --query Policy --output text`);
  await expect.poll(() => terminal.screen()).toContain('FromTheEditor');
});

test('the editor offers completion from the schema and shows problems in Japanese', async ({ page }) => {
  const editor = await new PolicyEditorPage(page, 'ja').open();
  await editor.replaceText('{ "Statement": [{ "Effect": "Permit", "Principal": "*", "Action": "kms:Encrypt" }] }');
  await expect(editor.problems()).toContainText('Effect は "Allow" か "Deny" にしてください');
  await page.screenshot({ path: 'test-results/editor-ja.png', fullPage: true });
  // Completion of action names from the KMS model inside Action.
  await editor.replaceText('{ "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "kms:Gen" }] }');
  await page.keyboard.press('End');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget')).toContainText('kms:GenerateDataKey', { timeout: 15_000 });
});

test('the first page load fetches no Monaco, no editor and no sandbox', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (['script', 'worker'].includes(response.request().resourceType())) scripts.push(response.url());
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((url) => /editor\.api|PolicyEditor|SdkPlayground|sandbox\.worker|monaco|jsonMode/i.test(url))).toEqual([]);
});
