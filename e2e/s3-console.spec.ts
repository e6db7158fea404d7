import { expect, test } from '@playwright/test';
import { KmsConsolePage, type Lang } from './pages/KmsConsolePage.ts';
import { S3ConsolePage } from './pages/S3ConsolePage.ts';

/** A 1×1 PNG, so the journey needs no file from public/. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

for (const lang of ['ja', 'en'] satisfies Lang[]) {
  test(`an SSE-KMS object (${lang}) names its key, and Make public works only once ACLs are on and Block Public Access is off`, async ({ page }) => {
    // A long journey through five pages and three S3 settings.
    test.setTimeout(90_000);
    const kms = await new KmsConsolePage(page).open(lang);
    await kms.createKey({ alias: `s3-${lang}` });
    const s3 = new S3ConsolePage(page, lang);
    const bucket = `lab-sse-kms-${lang}`;
    await s3.openBuckets();
    await s3.createBucket(bucket, `alias/s3-${lang}`);
    await s3.openBucket(bucket);
    await s3.uploadWithKms({ name: 'sample.png', mimeType: 'image/png', buffer: PNG }, `alias/s3-${lang}`);
    await s3.openObject('sample.png');

    await expect(page.getByText(/^arn:aws:kms:us-east-1:111122223333:key\/[0-9a-f-]{36}$/)).toBeVisible();
    await expect(page.getByText(s3.labels.sseKms, { exact: true })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/${lang}_s3_object.png`, fullPage: true });

    // ACLs are disabled on new buckets: S3 refuses any ACL that grants something.
    const refused = await s3.makePublic();
    await expect(refused.getByText('AccessControlListNotSupported', { exact: true })).toBeVisible();
    await refused.getByRole('button', { name: lang === 'ja' ? 'キャンセル' : 'Cancel', exact: true }).click();

    await s3.backToBucket(bucket, 'permissionsTab');
    await s3.enableAcls();
    await page.screenshot({ path: `test-results/screens/${lang}_s3_permissions.png`, fullPage: true });
    await s3.backToBucket(bucket, 'objectsTab');
    await s3.openObject('sample.png');
    // With ACLs on, Block Public Access still refuses a public ACL.
    const blocked = await s3.makePublic();
    await expect(blocked.getByText('AccessDenied', { exact: true })).toBeVisible();
    await blocked.getByRole('button', { name: lang === 'ja' ? 'キャンセル' : 'Cancel', exact: true }).click();

    await s3.backToBucket(bucket, 'permissionsTab');
    await s3.turnOffBlockPublicAccess();
    await s3.backToBucket(bucket, 'objectsTab');
    await s3.openObject('sample.png');
    await s3.makePublic();
    await expect(page.getByText(new RegExp(`${s3.labels.madePublic}.*sample\\.png`))).toBeVisible();
  });
}
