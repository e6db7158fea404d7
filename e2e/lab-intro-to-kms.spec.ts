/**
 * A learner completes intro-to-kms, the Builder Lab "Introduction to AWS Key Management
 * Service", entirely in the console as the lab's AWSLabsUser- role — once in Japanese, once
 * in English: the key wizard, Create trail with a new bucket, the SSE-KMS upload, Open and
 * Object URL in real tabs (AccessDenied, then the SigV4 InvalidArgument once public), the
 * delivered log file, key users removed and added back, and the assessment. The lab panel's
 * live checks turn each step complete; each task's end state is kept as a screenshot.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import en from '../labs/intro-to-kms/en.json' with { type: 'json' };
import ja from '../labs/intro-to-kms/ja.json' with { type: 'json' };
import { CloudTrailConsolePage } from './pages/CloudTrailConsolePage.ts';
import { KmsConsolePage, type Lang } from './pages/KmsConsolePage.ts';
import { LabPanelPage } from './pages/LabPanelPage.ts';
import { S3ConsolePage } from './pages/S3ConsolePage.ts';
import { taskScreenshot } from './pages/taskScreenshot.ts';

const TEXT = { ja, en } as const;
const STEPS = 11;
const ACCOUNT = '111122223333';
const BUCKET = 'mycloudtrailbucket4182';
const IMAGE = 'kms-lab.svg';
const SSE_KMS_NEEDS_SIGV4 = 'Requests specifying Server Side Encryption with AWS KMS managed keys require AWS Signature Version 4.';

// Open and Object URL are real tabs answered by the app's service worker (blocked by default in the config).
test.use({ viewport: { width: 1440, height: 1000 }, serviceWorkers: 'allow', actionTimeout: 15_000 });

/** A screenshot kept under test-results/ and attached to the report. */

/** The options' texts a learner reads for the ids they choose. */
function options(lang: Lang, question: keyof typeof en.quiz, ids: readonly string[]): string[] {
  const q = TEXT[lang].quiz[question] as { options: Record<string, { text: string }> };
  return ids.map((id) => q.options[id]!.text);
}

for (const lang of ['ja', 'en'] as const) {
  test(`a learner completes intro-to-kms in the console as the lab role (${lang})`, async ({ page }, info) => {
    test.setTimeout(120_000);
    const lab = new LabPanelPage(page, lang, STEPS);
    const kms = new KmsConsolePage(page);
    kms.lang = lang;
    const trails = new CloudTrailConsolePage(page, lang);
    const s3 = new S3ConsolePage(page, lang);

    await lab.start(TITLE[lang]);
    await lab.waitForObjectUrls();
    // The Builder Lab signs the learner in as its AWSLabsUser- role; so does this lab.
    const signedIn = page.getByRole('button', { name: /^AWSLabsUser-\w+ @/ });
    await expect(signedIn).toBeVisible();
    const role = (await signedIn.innerText()).split(' @')[0]!.trim();

    // Task 1: the key wizard, the lab role as key administrator and key user.
    await kms.createKey({ alias: 'myFirstKey', description: 'KMS Key for S3 data', admins: [role], users: [role] });
    await lab.expectStepsDone(1);
    await taskScreenshot(page, info, `${lang}-task-1-key`);

    // Task 2: Create trail with a new bucket; management, S3 data and Insights events.
    await trails.createTrail({ name: 'myTrail', newBucket: BUCKET, s3DataEvents: true, insights: true });
    await lab.expectStepsDone(2);
    await taskScreenshot(page, info, `${lang}-task-2-trail`);

    // Task 3: the lab's image, downloaded from the workspace, uploaded with SSE-KMS under myFirstKey and a Bucket Key.
    const image = readFileSync(await lab.downloadWorkspaceFile(IMAGE));
    await s3.openBuckets();
    await s3.openBucket(BUCKET);
    await s3.uploadWithKms({ name: IMAGE, mimeType: 'image/svg+xml', buffer: image }, 'alias/myFirstKey', { bucketKey: true });
    await lab.expectStepsDone(3);
    await s3.openObject(IMAGE);
    await expect(page.getByText(s3.labels.sseKms, { exact: true })).toBeVisible();
    await taskScreenshot(page, info, `${lang}-task-3-upload`);

    // Task 4: Open shows the image; the object URL is AccessDenied, then — public — InvalidArgument.
    const opened = await s3.openInNewTab('open');
    expect(opened.response.status()).toBe(200);
    await opened.tab.close();
    await lab.expectStepsDone(4);
    const anonymous = await s3.openInNewTab('objectUrl');
    expect(anonymous.response.status()).toBe(403);
    await expect(anonymous.tab.locator('body')).toContainText('AccessDenied');
    await lab.expectStepsDone(5);
    await page.bringToFront();
    await s3.backToBucket(BUCKET, 'permissionsTab');
    await s3.turnOffBlockPublicAccess();
    await s3.enableAcls();
    await s3.backToBucket(BUCKET, 'objectsTab');
    await s3.openObject(IMAGE);
    await s3.makePublic();
    await expect(page.getByText(new RegExp(`${s3.labels.madePublic}.*${IMAGE.replace('.', '\\.')}`))).toBeVisible();
    await lab.expectStepsDone(6);
    const reloaded = await anonymous.tab.reload();
    expect(reloaded?.status()).toBe(400);
    await expect(anonymous.tab.locator('body')).toContainText('InvalidArgument');
    await expect(anonymous.tab.locator('body')).toContainText(SSE_KMS_NEEDS_SIGV4);
    await anonymous.tab.screenshot({ path: info.outputPath(`${lang}-task-4-object-url.png`) });
    await anonymous.tab.close();
    await page.bringToFront();
    await lab.expectStepsDone(7);
    await taskScreenshot(page, info, `${lang}-task-4-public`);

    // Task 5: an hour later the trail has delivered; the newest log file holds the KMS calls.
    await lab.fastForward('hour');
    await s3.backToBucket(BUCKET, 'objectsTab');
    await s3.openFolders(['AWSLogs/', `${ACCOUNT}/`, 'CloudTrail/', 'us-east-1/', /^\d{4}\/$/, /^\d{2}\/$/, /^\d{2}\/$/]);
    await s3.openNewestObject(/\.json\.gz$/);
    await expect(s3.logFile).toContainText('"eventName": "GenerateDataKey"');
    await expect(s3.logFile).toContainText(`"aws:s3:arn": "arn:aws:s3:::${BUCKET}"`);
    await expect(s3.logFile).toContainText('"eventName": "Decrypt"');
    await lab.expectStepsDone(8);
    await taskScreenshot(page, info, `${lang}-task-5-log-file`);

    // Task 6: without the key-user statements Open is AccessDenied; added back, it opens again.
    await kms.removeKeyUser('alias/myFirstKey', role);
    await lab.expectStepsDone(9);
    await s3.backToBucket(BUCKET, 'objectsTab');
    await s3.openObject(IMAGE);
    const refused = await s3.openInNewTab('open');
    expect(refused.response.status()).toBe(403);
    await expect(refused.tab.locator('body')).toContainText('AccessDenied');
    await refused.tab.close();
    await page.bringToFront();
    await kms.addKeyUser('alias/myFirstKey', role);
    await lab.expectStepsDone(10);
    await s3.backToBucket(BUCKET, 'objectsTab');
    await s3.openObject(IMAGE);
    const again = await s3.openInNewTab('open');
    expect(again.response.status()).toBe(200);
    await again.tab.close();
    await page.bringToFront();
    await taskScreenshot(page, info, `${lang}-task-6-key-users`);

    // Assessment: answered in the panel, each option with its rationale.
    await lab.answer(1, options(lang, 'intro-q-trail-bucket', ['audit']));
    await lab.answer(2, options(lang, 'intro-q-kms-vs-s3', ['management', 'auditing']));
    await lab.answer(3, options(lang, 'intro-q-access', ['explicit']));
    await lab.answer(4, options(lang, 'intro-q-event-type', ['management']));
    await lab.answer(5, options(lang, 'intro-q-admin', ['manage']));
    await lab.expectStepsDone(11);
    await expect(lab.panel).toContainText(lab.labels.complete);
    await taskScreenshot(page, info, `${lang}-assessment`);
  });
}

const TITLE: Record<Lang, RegExp> = { ja: new RegExp(ja.title), en: new RegExp(en.title) };
