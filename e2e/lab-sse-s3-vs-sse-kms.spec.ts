/**
 * A learner completes sse-s3-vs-sse-kms: terminal lines where the steps give them, the console
 * for the rest — the SSE-KMS bucket's Create bucket, uploads as the role writer (refused, then
 * allowed), IAM users with access keys, Open as poweruser and normaluser, Block Public Access
 * off, the object URLs in real tabs — and the quiz; a screenshot of each task's end state.
 */
import { expect, test } from '@playwright/test';
import en from '../labs/sse-s3-vs-sse-kms/en.json' with { type: 'json' };
import { IamConsolePage } from './pages/IamConsolePage.ts';
import { KmsConsolePage } from './pages/KmsConsolePage.ts';
import { LabPanelPage } from './pages/LabPanelPage.ts';
import { S3ConsolePage } from './pages/S3ConsolePage.ts';
import { taskScreenshot } from './pages/taskScreenshot.ts';

const STEPS = 12;
const ACCOUNT = '111122223333';
// The names the lab's public-read policy files are written for.
const S3_BUCKET = `sse-s3-bucket-${ACCOUNT}`;
const KMS_BUCKET = `sse-kms-bucket-${ACCOUNT}`;
const WRITER_FILE = { name: 'writer.txt', mimeType: 'text/plain', buffer: Buffer.from('written by the writer role\n') };

test.use({ viewport: { width: 1440, height: 1000 }, serviceWorkers: 'allow', actionTimeout: 15_000 });


const option = (question: keyof typeof en.quiz, id: string) => (en.quiz[question].options as Record<string, { text: string }>)[id]!.text;

test('a learner completes sse-s3-vs-sse-kms with the terminal and the console (en)', async ({ page }, info) => {
  test.setTimeout(120_000);
  const lab = new LabPanelPage(page, 'en', STEPS);
  const kms = new KmsConsolePage(page);
  kms.lang = 'en';
  const s3 = new S3ConsolePage(page, 'en');
  const iam = new IamConsolePage(page, 'en');
  await lab.start(new RegExp(en.title.replace('(', '\\(').replace(')', '\\)')));
  await lab.waitForObjectUrls();
  await lab.openTerminal();

  // Task 1: the key in the terminal, as the step says; the SSE-KMS bucket in the console.
  const created = await lab.run('aws kms create-key --description "Key for the SSE-KMS bucket" --query KeyMetadata.KeyId --output text');
  const keyId = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(created)![0];
  await lab.run(`aws kms create-alias --alias-name alias/sseLabKey --target-key-id ${keyId}`);
  await lab.expectStepsDone(1);
  await lab.run(`aws s3api create-bucket --bucket ${S3_BUCKET}`);
  await s3.openBuckets();
  await s3.createBucket(KMS_BUCKET, 'alias/sseLabKey');
  await lab.expectStepsDone(2);
  await lab.run(`aws s3api put-object --bucket ${S3_BUCKET} --key report.txt --body report.txt --content-type text/plain`);
  expect(await lab.run(`aws s3api put-object --bucket ${KMS_BUCKET} --key report.txt --body report.txt --content-type text/plain`)).toContain('aws:kms');
  await lab.expectStepsDone(3);
  await taskScreenshot(page, info, 'en-task-1-buckets');

  // Task 2: writer, with only AmazonS3FullAccess, uploads to the SSE-S3 bucket but not the SSE-KMS one — until it may use the key.
  await lab.run('aws iam create-role --role-name writer --assume-role-policy-document file://writer-trust.json');
  await lab.run('aws iam attach-role-policy --role-name writer --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess');
  await lab.expectStepsDone(4);
  await iam.switchTo('writer');
  await s3.openBuckets();
  await s3.openBucket(S3_BUCKET);
  await s3.uploadWithBucketDefault(WRITER_FILE);
  await expect(page.getByRole('link', { name: WRITER_FILE.name, exact: true })).toBeVisible();
  await s3.openBuckets();
  await s3.openBucket(KMS_BUCKET);
  await s3.uploadWithBucketDefault(WRITER_FILE);
  await expect(page.getByText('AccessDenied', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/kms:GenerateDataKey/).first()).toBeVisible();
  // The refusal is raised by the Upload button at the foot of the page; the learner must see it without scrolling.
  await expect(page.getByText('AccessDenied', { exact: true }).first()).toBeInViewport();
  await lab.expectStepsDone(5);
  await taskScreenshot(page, info, 'en-task-2-writer-denied');
  await lab.run('aws iam put-role-policy --role-name writer --policy-name UseSseLabKey --policy-document file://writer-kms.json');
  await s3.openBuckets();
  await s3.openBucket(KMS_BUCKET);
  await s3.uploadWithBucketDefault(WRITER_FILE);
  await expect(page.getByRole('link', { name: WRITER_FILE.name, exact: true })).toBeVisible();
  await lab.expectStepsDone(6);
  await taskScreenshot(page, info, 'en-task-2-writer-allowed');

  // Task 3: two IAM users made in the console; both list the SSE-KMS bucket, only poweruser opens its object.
  await iam.switchTo('Admin');
  await iam.createUser('poweruser', ['PowerUserAccess']);
  await iam.createAccessKey();
  await iam.createUser('normaluser', ['AmazonS3ReadOnlyAccess']);
  await iam.createAccessKey();
  await lab.expectStepsDone(7);
  expect(await lab.run(`aws s3api list-objects-v2 --bucket ${KMS_BUCKET} --profile poweruser`)).toContain('report.txt');
  await iam.switchTo('poweruser');
  await s3.openBuckets();
  await s3.openBucket(KMS_BUCKET);
  await s3.openObject('report.txt');
  const powerOpen = await s3.openInNewTab('open');
  expect(powerOpen.response.status()).toBe(200);
  await expect(powerOpen.tab.locator('body')).toContainText('Quarterly');
  await powerOpen.tab.close();
  await page.bringToFront();
  await lab.expectStepsDone(8);
  expect(await lab.run(`aws s3api list-objects-v2 --bucket ${KMS_BUCKET} --profile normaluser`)).toContain('report.txt');
  await iam.switchTo('normaluser');
  await s3.openBuckets();
  await s3.openBucket(S3_BUCKET);
  await s3.openObject('report.txt');
  const plain = await s3.openInNewTab('open');
  expect(plain.response.status()).toBe(200);
  await plain.tab.close();
  await page.bringToFront();
  await s3.openBuckets();
  await s3.openBucket(KMS_BUCKET);
  await s3.openObject('report.txt');
  const refused = await s3.openInNewTab('open');
  expect(refused.response.status()).toBe(403);
  await expect(refused.tab.locator('body')).toContainText('AccessDenied');
  await refused.tab.close();
  await page.bringToFront();
  await lab.expectStepsDone(9);
  await taskScreenshot(page, info, 'en-task-3-users');

  // Task 4: both buckets public — Block Public Access off in the console, the lab's bucket policies in the terminal.
  await iam.switchTo('Admin');
  for (const bucket of [S3_BUCKET, KMS_BUCKET]) {
    await s3.backToBucket(bucket, 'permissionsTab');
    await s3.turnOffBlockPublicAccess();
  }
  await lab.run(`aws s3api put-bucket-policy --bucket ${S3_BUCKET} --policy file://public-read-sse-s3.json`);
  await lab.run(`aws s3api put-bucket-policy --bucket ${KMS_BUCKET} --policy file://public-read-sse-kms.json`);
  await lab.expectStepsDone(10);
  await s3.backToBucket(S3_BUCKET, 'objectsTab');
  await s3.openObject('report.txt');
  const publicS3 = await s3.openInNewTab('objectUrl');
  expect(publicS3.response.status()).toBe(200);
  await publicS3.tab.close();
  await page.bringToFront();
  await s3.backToBucket(KMS_BUCKET, 'objectsTab');
  await s3.openObject('report.txt');
  const publicKms = await s3.openInNewTab('objectUrl');
  expect(publicKms.response.status()).toBe(400);
  await expect(publicKms.tab.locator('body')).toContainText('InvalidArgument');
  await publicKms.tab.screenshot({ path: info.outputPath('en-task-4-object-url.png') });
  await publicKms.tab.close();
  await page.bringToFront();
  await lab.expectStepsDone(11);
  await taskScreenshot(page, info, 'en-task-4-public');

  // Task 5: the quiz.
  await lab.answer(1, [option('sse-q-writer', 'kms')]);
  await lab.answer(2, [option('sse-q-fix', 'key-policy'), option('sse-q-fix', 'iam-policy')]);
  await lab.answer(3, [option('sse-q-normaluser', 'decrypt')]);
  await lab.answer(4, [option('sse-q-public', 'sigv4')]);
  await lab.answer(5, [option('sse-q-choose', 'separate'), option('sse-q-choose', 'audit')]);
  await lab.expectStepsDone(12);
  await expect(lab.panel).toContainText(lab.labels.complete);
  await taskScreenshot(page, info, 'en-task-5-quiz');
});
