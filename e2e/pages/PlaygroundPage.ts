/** The SDK playground as a learner uses it: choose an example or write code, run it, read the output. */
import { expect, type Locator, type Page } from '@playwright/test';

export type Lang = 'ja' | 'en';

const LABELS = {
  ja: { heading: 'SDK プレイグラウンド', editor: 'SDK コード', run: '実行', output: '出力', finished: /で完了しました/, timedOut: /秒を超えて実行されました/ },
  en: { heading: 'SDK playground', editor: 'SDK code', run: 'Run', output: 'Output', finished: /^Finished in/, timedOut: /ran longer than/ },
} as const;

export class PlaygroundPage {
  readonly editor: Locator;
  readonly output: Locator;

  constructor(readonly page: Page, readonly lang: Lang = 'en') {
    this.editor = page.getByRole('group', { name: LABELS[lang].editor });
    this.output = page.getByRole('region', { name: LABELS[lang].output });
  }

  get labels() {
    return LABELS[this.lang];
  }

  async open(): Promise<this> {
    await this.page.addInitScript((l) => localStorage.setItem('kms-lab.locale', l), this.lang);
    await this.page.goto('/playground');
    await expect(this.page.getByRole('heading', { level: 1, name: this.labels.heading })).toBeVisible();
    await expect(this.editor.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 30_000 });
    return this;
  }

  async replaceCode(code: string): Promise<void> {
    await this.editor.locator('.view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.insertText(code);
  }

  async run(): Promise<void> {
    await this.page.getByRole('button', { name: this.labels.run, exact: true }).click();
  }
}
