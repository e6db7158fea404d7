import { expect, test } from '@playwright/test';
import { KmsConsolePage } from './pages/KmsConsolePage.ts';

test('a disabled key cannot encrypt until it is enabled again', async ({ page }) => {
  const kms = await new KmsConsolePage(page).open('en');
  await kms.createKey({ alias: 'switch' });
  await kms.setKeyEnabled('alias/switch', false);

  await kms.encrypt({ key: 'alias/switch', plaintext: 'secret' });
  await expect(kms.error(kms.encryptPanel, 'DisabledException')).toBeVisible();
  await expect(kms.encryptPanel).toContainText('is disabled');

  await kms.setKeyEnabled('alias/switch', true);
  await kms.encrypt({ key: 'alias/switch', plaintext: 'secret' });
  await expect(kms.ciphertextOut).not.toBeEmpty();
});

test('an alias that is taken is refused before any key is created', async ({ page }) => {
  const kms = await new KmsConsolePage(page).open('en');
  await kms.createKey({ alias: 'taken' });
  await kms.submitCreateKey({ alias: 'taken' });

  await expect(page.getByText('The alias alias/taken already exists. Choose another name.')).toBeVisible();
  await kms.goTo('keysTable');
  await expect(kms.keysTable.getByRole('checkbox', { name: /^Select alias\// })).toHaveCount(1);
});
