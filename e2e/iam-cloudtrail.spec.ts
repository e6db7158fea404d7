import { expect, test } from '@playwright/test';
import { IamConsolePage } from './pages/IamConsolePage.ts';
import { KmsConsolePage, type Lang } from './pages/KmsConsolePage.ts';

for (const lang of ['ja', 'en'] satisfies Lang[]) {
  test(`(${lang}) a user with only AmazonS3ReadOnlyAccess is denied Decrypt with its explanation, and Event history shows the call's record`, async ({ page }) => {
    const kms = await new KmsConsolePage(page).open(lang);
    const iam = new IamConsolePage(page, lang);
    await kms.createKey({ alias: `journey-${lang}` });

    await iam.createUser(`reader-${lang}`, ['AmazonS3ReadOnlyAccess']);
    expect(await iam.createAccessKey()).toMatch(/^[A-Za-z0-9/+]{40}$/);
    await page.screenshot({ path: `test-results/screens/journey-${lang}-user.png`, fullPage: true });

    // Ciphertext made as Admin on Try it; the reader may not even list keys, but can try to decrypt it.
    await iam.openService('Key Management Service');
    await kms.goTo('tryIt');
    await kms.encrypt({ key: `alias/journey-${lang}`, plaintext: 'hello' });
    await expect(kms.ciphertextIn).not.toHaveValue('');
    await iam.switchTo(`reader-${lang}`);
    await kms.decrypt();
    await expect(page.getByText('AccessDeniedException', { exact: true }).first()).toBeVisible();
    const why = await iam.explainDenial();
    await expect(why).toContainText('kms:Decrypt');
    await expect(why).toContainText(`user/reader-${lang}`);
    await page.screenshot({ path: `test-results/screens/journey-${lang}-denied.png`, fullPage: true });
    await why.getByRole('button').last().click();

    await iam.switchTo('Admin');
    const record = await iam.findEvent('Decrypt');
    await expect(record).toContainText('"eventName": "Decrypt"');
    await expect(record).toContainText('"eventSource": "kms.amazonaws.com"');
    await expect(record).toContainText(`"userName": "reader-${lang}"`);
    await expect(record).toContainText('"errorCode": "AccessDenied');
    await page.screenshot({ path: `test-results/screens/journey-${lang}-event.png`, fullPage: true });
  });
}

for (const lang of ['ja', 'en'] satisfies Lang[]) {
  test(`(${lang}) a data key generated on Try it is found in Event history as GenerateDataKey, without its plaintext`, async ({ page }) => {
    const kms = await new KmsConsolePage(page).open(lang);
    const iam = new IamConsolePage(page, lang);
    await kms.createKey({ alias: `envelope-${lang}` });
    await kms.generateDataKey(`alias/envelope-${lang}`);
    const encryptedDataKey = await kms.ciphertextIn.inputValue();

    const record = await iam.findEvent('GenerateDataKey');
    await expect(page.getByRole('heading', { name: iam.labels.eventRecord })).toBeVisible();
    await expect(record).toContainText('"eventName": "GenerateDataKey"');
    await expect(record).toContainText('"eventSource": "kms.amazonaws.com"');
    await expect(record).toContainText('"keySpec": "AES_256"');
    await expect(record).toContainText('"responseElements": null');
    await expect(record).toContainText('"userName": "Admin"');
    expect(await record.innerText()).not.toContain(encryptedDataKey);
    await page.screenshot({ path: `test-results/screens/journey-${lang}-generate-data-key-event.png`, fullPage: true });
  });
}
