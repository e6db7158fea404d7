/**
 * A learner completes the key-lifecycle lab as the lab panel tells them: keys made and changed
 * in the KMS console, terminal steps typed into the terminal, the clock fast-forwarded from
 * the top bar, one step done by "Show me", the quiz answered in the panel — once in Japanese,
 * once in English. Each task's end state is kept as a screenshot in test-results/.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { KmsConsolePage, type Lang } from './pages/KmsConsolePage.ts';
import { LabPanelPage } from './pages/LabPanelPage.ts';

const TITLES: Record<Lang, RegExp> = { ja: /KMS キーのライフサイクル/, en: /The life of a KMS key/ };
const WAITING: Record<Lang, string> = {
  ja: 'エイリアス alias/lifecycleKey のキーを待っています — まだ見つかりません。',
  en: 'Waiting for a key with alias alias/lifecycleKey — none found.',
};
const STEPS = 14;

test.use({ viewport: { width: 1440, height: 1000 } });

const snap = (page: Page, info: TestInfo, name: string) => page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });

for (const lang of ['ja', 'en'] as const) {
  test(`a learner completes key-lifecycle in the console and the terminal (${lang})`, async ({ page }, info) => {
    test.setTimeout(180_000);
    const lab = new LabPanelPage(page, lang, STEPS);
    const kms = new KmsConsolePage(page);
    kms.lang = lang;
    await lab.start(TITLES[lang]);
    await expect(lab.panel).toContainText(WAITING[lang]);
    await lab.showHint();
    await lab.openTerminal();

    // Task 1: the key from the console's wizard, the note encrypted in the terminal.
    await kms.createKey({ alias: 'lifecycleKey', description: 'Key lifecycle lab' });
    const keyId = new URL(page.url()).pathname.split('/').at(-1)!;
    await lab.expectStepsDone(1);
    await lab.run('aws kms encrypt --key-id alias/lifecycleKey --plaintext fileb://note.txt --query CiphertextBlob --output text | base64 --decode > note.enc');
    await lab.expectStepsDone(2);
    await snap(page, info, `${lang}-task-1`);

    // Task 2: rotation on, a year and a day later new material, the old note still decrypts.
    await lab.run(`aws kms enable-key-rotation --key-id ${keyId}`);
    await lab.expectStepsDone(3);
    await lab.fastForward('year');
    await lab.fastForward('day');
    expect(await lab.run(`aws kms list-key-rotations --key-id ${keyId}`)).toContain('AUTOMATIC');
    await lab.expectStepsDone(4);
    expect(await lab.run('aws kms decrypt --ciphertext-blob fileb://note.enc --query Plaintext --output text | base64 --decode')).toContain('Quarterly report');
    await lab.expectStepsDone(5);
    await snap(page, info, `${lang}-task-2`);

    // Task 3 by "Show me": the line it runs appears in the open terminal.
    await lab.showMe();
    await expect(lab.terminal).toContainText('ON_DEMAND');
    await lab.expectStepsDone(6);
    await snap(page, info, `${lang}-task-3`);

    // Task 4: disable in the console, see the error in the terminal, enable again.
    await lab.showSideNav();
    await kms.setKeyEnabled('alias/lifecycleKey', false);
    await lab.expectStepsDone(7);
    expect(await lab.run('aws kms encrypt --key-id alias/lifecycleKey --plaintext fileb://note.txt')).toContain('DisabledException');
    await lab.expectStepsDone(8);
    await lab.showSideNav();
    await kms.setKeyEnabled('alias/lifecycleKey', true);
    await lab.expectStepsDone(9);
    await snap(page, info, `${lang}-task-4`);

    // Task 5: schedule deletion, the pending-deletion error, cancel, enable.
    await lab.showSideNav();
    await kms.scheduleDeletion('alias/lifecycleKey', 7);
    await lab.expectStepsDone(10);
    expect(await lab.run('aws kms decrypt --ciphertext-blob fileb://note.enc')).toContain('KMSInvalidStateException');
    await lab.expectStepsDone(11);
    await lab.showSideNav();
    await kms.keyAction('alias/lifecycleKey', 'cancelDeletion');
    await lab.expectStepsDone(12);
    await lab.showSideNav();
    await kms.setKeyEnabled('alias/lifecycleKey', true);
    await lab.expectStepsDone(13);
    await snap(page, info, `${lang}-task-5`);

    // Task 6: one question by hand (every option's rationale shows), the rest by "Show me".
    await lab.answerFirstOption(1);
    const first = lab.quizQuestion(1);
    await expect(first.getByText(lab.labels.isCorrect)).toHaveCount(1);
    await expect(first.getByText(lab.labels.isWrong)).toHaveCount(2);
    await expect(first.getByText(lab.labels.chosen)).toHaveCount(1);
    await lab.showMe();
    await lab.expectStepsDone(14);
    await expect(lab.panel).toContainText(lab.labels.complete);
    await snap(page, info, `${lang}-task-6`);
  });
}

test('a deep link to task 3 offers to jump there with the earlier tasks done', async ({ page }, info) => {
  const lab = new LabPanelPage(page, 'en', STEPS);
  await lab.jumpFromDeepLink('key-lifecycle', 3);
  await lab.expectStepsDone(5);
  await expect(lab.panel.getByRole('button', { name: 'Show me', exact: true })).toBeVisible();
  await snap(page, info, 'en-jump-to-task-3');
});

for (const lang of ['ja', 'en'] as const) {
  test(`the lab list and a lab with its panel open have no axe violations (${lang})`, async ({ page }) => {
    await page.addInitScript((l) => localStorage.setItem('kms-lab.locale', l), lang);
    for (const route of ['/labs', '/labs/key-lifecycle/tasks/1']) {
      await page.goto(route);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(axe.violations.map((v) => `${route}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}
