/**
 * The policy editor as a learner uses it: pick a policy type, write JSON in the editor, read
 * the problems under it, save it into the workspace and find it in the file list.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type Lang = 'ja' | 'en';

const LABELS = {
  ja: { heading: 'ポリシーエディタ', editor: 'ポリシー JSON', save: '保存', fileName: 'ファイル名', noProblems: /問題はありません/, files: 'ワークスペースのファイル' },
  en: { heading: 'Policy editor', editor: 'Policy JSON', save: 'Save', fileName: 'File name', noProblems: /No problems/, files: 'Workspace files' },
} as const;

export class PolicyEditorPage {
  readonly editor: Locator;

  constructor(readonly page: Page, readonly lang: Lang = 'en') {
    this.editor = page.getByRole('group', { name: LABELS[lang].editor });
  }

  async open(): Promise<this> {
    await this.page.addInitScript((l) => localStorage.setItem('kms-lab.locale', l), this.lang);
    await this.page.goto('/editor');
    await expect(this.page.getByRole('heading', { level: 1, name: LABELS[this.lang].heading })).toBeVisible();
    await expect(this.editor.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 30_000 });
    return this;
  }

  /** Replaces the whole text, as if pasted (insertText skips the editor's auto-closing). */
  async replaceText(text: string): Promise<void> {
    await this.editor.locator('.view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.insertText(text);
  }

  problems(): Locator {
    return this.page.getByRole('list', { name: this.lang === 'en' ? 'Problems' : '問題' });
  }

  noProblems(): Locator {
    return this.page.getByText(LABELS[this.lang].noProblems);
  }

  async save(fileName = 'keypolicy.json'): Promise<void> {
    await this.page.getByLabel(LABELS[this.lang].fileName).fill(fileName);
    await this.page.getByRole('button', { name: LABELS[this.lang].save, exact: true }).click();
  }

  fileRow(path: string): Locator {
    return this.page.getByRole('table').getByRole('row').filter({ hasText: path });
  }
}
