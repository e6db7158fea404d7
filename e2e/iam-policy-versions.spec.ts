/**
 * IAM › Policies › a customer managed policy's versions: made in the terminal, rolled back and
 * tidied in the console, and each change takes effect for the user it is attached to.
 */
import { expect, test } from '@playwright/test';
import { IamConsolePage } from './pages/IamConsolePage.ts';
import { TerminalPage } from './pages/TerminalPage.ts';

const doc = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });
const ARN = 'arn:aws:iam::111122223333:policy/LabKeyReader';

test('a policy version is set as default and an old one deleted from the console; the default version cannot be deleted', async ({ page }) => {
  const terminal = await new TerminalPage(page).open();
  await terminal.run(`aws iam create-policy --policy-name LabKeyReader --policy-document '${doc('kms:ListKeys')}'`);
  await expect.poll(() => terminal.screen()).toContain('"DefaultVersionId": "v1"');
  await terminal.run(`aws iam create-policy-version --policy-arn ${ARN} --policy-document '${doc('kms:ListAliases')}' --set-as-default`);
  await expect.poll(() => terminal.screen()).toContain('"VersionId": "v2"');

  const iam = new IamConsolePage(page, 'en');
  await iam.openService('IAM');
  await page.getByRole('link', { name: 'Policies', exact: true }).click();
  await page.getByRole('searchbox').first().fill('LabKeyReader');
  await page.getByRole('link', { name: 'LabKeyReader', exact: true }).click();
  const versions = page.getByRole('table', { name: 'Policy versions' });
  await expect(versions.getByRole('row')).toHaveCount(3);
  await expect(versions.getByRole('row').nth(1)).toContainText('v2 (Default)');
  await expect(page.getByTestId('policy-document')).toContainText('kms:ListAliases');

  // v2 is in force: neither button acts on it.
  await versions.getByRole('radio', { name: 'v2' }).check();
  await expect(page.getByRole('button', { name: 'Set as default' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled();

  await versions.getByRole('radio', { name: 'v1' }).check();
  await page.getByRole('button', { name: 'Set as default' }).click();
  await expect(page.getByText('Version v1 is now the default version of this policy.')).toBeVisible();
  await expect(page.getByTestId('policy-document')).toContainText('kms:ListKeys');
  await expect(versions.getByRole('row').nth(2)).toContainText('v1 (Default)');

  await versions.getByRole('radio', { name: 'v2' }).check();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('Policy version v2 deleted.')).toBeVisible();
  await expect(versions.getByRole('row')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/screens/iam-policy-versions-en.png', fullPage: true });
});
