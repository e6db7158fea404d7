/**
 * A lab as a learner follows it: the lab list, the lab panel in the console's drawer (progress,
 * what each step waits for, hints, "Show me", jump, quiz) and the terminal below the console.
 * Labels are written out in both languages: the tests read the page, not the app's source.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Lang } from './KmsConsolePage.ts';

const LABELS = {
  ja: {
    panel: 'ラボの手順', start: 'ラボを開始', progress: (done: number, total: number) => `${total} ステップ中 ${done}`,
    hint: 'ヒントを表示', hintTitle: 'ヒント 1', showMe: 'お手本を実行', jumpTo: (n: number) => `タスク ${n} へジャンプしますか?`, jump: 'ジャンプ',
    check: '答え合わせ', isCorrect: '正しい選択肢', isWrong: '誤った選択肢', chosen: 'あなたの選択', quiz: 'クイズ', complete: 'ラボを完了しました。',
    openNav: 'サイドナビゲーションを開く', terminal: 'ターミナル', openTerminal: 'ターミナルを開く', clock: 'シミュレーション時刻', year: '1 年', day: '1 日', hour: '1 時間', editor: 'ポリシーエディタ', download: 'ダウンロード',
  },
  en: {
    panel: 'Lab instructions', start: 'Start lab', progress: (done: number, total: number) => `${done} of ${total} steps`,
    hint: 'Show a hint', hintTitle: 'Hint 1', showMe: 'Show me', jumpTo: (n: number) => `Jump to task ${n}?`, jump: 'Jump',
    check: 'Check answer', isCorrect: 'Correct answer', isWrong: 'Wrong answer', chosen: 'Your choice', quiz: 'Quiz', complete: 'Lab complete.',
    openNav: 'Open side navigation', terminal: 'Terminal', openTerminal: 'Open terminal', clock: 'Simulated time', year: '1 year', day: '1 day', hour: '1 hour', editor: 'Policy editor', download: 'Download',
  },
} as const;

export class LabPanelPage {
  constructor(readonly page: Page, readonly lang: Lang, readonly totalSteps: number) {}

  get labels() {
    return LABELS[this.lang];
  }

  get panel(): Locator {
    return this.page.getByRole('region', { name: this.labels.panel });
  }

  get terminal(): Locator {
    return this.page.getByRole('region', { name: this.labels.terminal, exact: true });
  }

  /** From the lab list, as a learner starts a lab: its card's Start button. */
  async start(labTitle: string | RegExp): Promise<void> {
    await this.page.addInitScript((l) => localStorage.setItem('kms-lab.locale', l), this.lang);
    await this.page.goto('/labs');
    await this.page.getByRole('button', { name: labTitle }).click();
    await expect(this.panel).toBeVisible();
  }

  /** The console collapses its side navigation when the drawer takes the room; a learner opens it again. */
  async showSideNav(): Promise<void> {
    const toggle = this.page.getByRole('button', { name: this.labels.openNav });
    if (await toggle.isVisible()) await toggle.click();
  }

  async expectStepsDone(done: number): Promise<void> {
    await expect(this.panel).toContainText(this.labels.progress(done, this.totalSteps), { timeout: 15_000 });
  }

  async showHint(): Promise<void> {
    await this.panel.getByRole('button', { name: this.labels.hint }).click();
    await expect(this.panel.getByText(this.labels.hintTitle)).toBeVisible();
  }

  /** "Show me" on the active step, confirmed in the dialog. */
  async showMe(): Promise<void> {
    await this.panel.getByRole('button', { name: this.labels.showMe, exact: true }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: this.labels.showMe, exact: true }).click();
  }

  async openTerminal(): Promise<void> {
    await this.page.getByRole('button', { name: this.labels.openTerminal }).click();
    await expect(this.terminal).toContainText('KMS Lab terminal');
  }

  async screen(): Promise<string> {
    return (await this.terminal.locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ');
  }

  /** Clears the screen, types a line and waits for the prompt after its output; returns the screen. */
  async run(line: string): Promise<string> {
    const prompts = async () => (await this.screen()).split('[cloudshell-user@lab ~]$').length - 1;
    await this.terminal.click();
    await this.page.keyboard.type('clear');
    await this.page.keyboard.press('Enter');
    await expect.poll(prompts).toBe(1);
    // Pasted in one piece, as a learner pastes a line from the lab's text.
    await this.page.keyboard.insertText(line);
    await this.page.keyboard.press('Enter');
    await expect.poll(prompts, { timeout: 10_000 }).toBe(2);
    return this.screen();
  }

  async fastForward(step: 'year' | 'day' | 'hour'): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(this.labels.clock) }).click();
    await this.page.getByRole('menuitem', { name: this.labels[step], exact: true }).click();
  }

  quizQuestion(number: number): Locator {
    return this.panel.getByRole('group', { name: new RegExp(`^${number}\\. `) });
  }

  /** Answers a single-answer question with its first option and checks it. */
  async answerFirstOption(number: number): Promise<void> {
    const question = this.quizQuestion(number);
    await question.getByRole('radio').first().check();
    await question.getByRole('button', { name: this.labels.check }).click();
  }

  async jumpFromDeepLink(labId: string, task: number): Promise<void> {
    await this.page.addInitScript((l) => localStorage.setItem('kms-lab.locale', l), this.lang);
    await this.page.goto(`/labs/${labId}/tasks/${task}`);
    await this.page.getByRole('button', { name: this.labels.jumpTo(task) }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: this.labels.jump, exact: true }).click();
  }

  /** Answers a question by its options' texts (radio or checkboxes) and checks it. */
  async answer(number: number, optionTexts: readonly string[]): Promise<void> {
    const question = this.quizQuestion(number);
    for (const text of optionTexts) await question.getByLabel(text, { exact: true }).check();
    await question.getByRole('button', { name: this.labels.check }).click();
  }

  /** The active step's checks, as the panel lists what the lab is waiting for. */
  get activeStep(): Locator {
    return this.panel.locator('[aria-current="step"]');
  }

  /** Waits until the object-URL service worker (Open / Object URL tabs) is active; it registers after load. */
  async waitForObjectUrls(): Promise<void> {
    await this.page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration('/s3-objects/'))?.active?.state === 'activated');
  }

  /** Side navigation › Policy editor › Workspace files › Download; resolves to the saved file's path. */
  async downloadWorkspaceFile(name: string): Promise<string> {
    await this.showSideNav();
    await this.page.getByRole('navigation').getByRole('link', { name: this.labels.editor, exact: true }).click();
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `${this.labels.download} ${name}`, exact: true }).click();
    return (await download).path();
  }
}
