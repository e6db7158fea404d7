/**
 * The account page as a learner uses it: whether the last change is saved, export to a file,
 * reset, import. Found by roles and visible labels, written out in both languages on purpose.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Lang } from './KmsConsolePage.ts';

const LABELS = {
  ja: {
    heading: 'アカウントと保存', saved: /に保存しました$/, saving: '保存しています…', passphrase: 'パスフレーズ', exportButton: 'エクスポート',
    exported: 'アカウントをエクスポートしました。', resetButton: 'アカウントをリセット', resetTitle: 'アカウントをリセットしますか?',
    resetDone: 'アカウントをリセットしました。', importButton: 'インポート', imported: 'アカウントをインポートしました。',
    refused: 'ファイルはインポートされませんでした', wrongPassphrase: 'パスフレーズが正しくないか、エクスポート後にファイルが変更されています。何も変更されていません。',
  },
  en: {
    heading: 'Account and storage', saved: /^Saved at /, saving: 'Saving…', passphrase: 'Passphrase', exportButton: 'Export',
    exported: 'The account was exported.', resetButton: 'Reset account', resetTitle: 'Reset the account?',
    resetDone: 'The account was reset.', importButton: 'Import', imported: 'The account was imported.',
    refused: 'The file was not imported', wrongPassphrase: 'The passphrase is wrong, or the file was changed after it was exported. Nothing was changed.',
  },
} as const;

export class AccountPage {
  constructor(readonly page: Page, readonly lang: Lang) {}

  get labels() {
    return LABELS[this.lang];
  }

  /** The page shows "Saved at …" once every change so far has reached IndexedDB. */
  async expectSaved(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: this.labels.heading })).toBeVisible();
    await expect(this.page.getByText(this.labels.saving, { exact: true })).toHaveCount(0);
    await expect(this.page.getByText(this.labels.saved)).toBeVisible();
  }

  private get exportForm(): Locator {
    return this.page.locator('form').filter({ has: this.page.getByRole('button', { name: this.labels.exportButton, exact: true }) });
  }

  private get importForm(): Locator {
    return this.page.locator('form').filter({ has: this.page.getByRole('button', { name: this.labels.importButton, exact: true }) });
  }

  /** Export with a passphrase; resolves to the downloaded file's path. */
  async exportAccount(passphrase: string): Promise<string> {
    await this.exportForm.getByLabel(this.labels.passphrase).fill(passphrase);
    const download = this.page.waitForEvent('download');
    await this.exportForm.getByRole('button', { name: this.labels.exportButton, exact: true }).click();
    await expect(this.page.getByText(this.labels.exported)).toBeVisible();
    return (await download).path();
  }

  async resetAccount(): Promise<void> {
    await this.page.getByRole('button', { name: this.labels.resetButton, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: this.labels.resetTitle });
    await dialog.getByRole('button', { name: this.labels.resetButton, exact: true }).click();
    await expect(this.page.getByText(this.labels.resetDone)).toBeVisible();
  }

  /** Import a file with a passphrase; whether it is accepted is for the caller to check. */
  async importAccount(file: string, passphrase: string): Promise<void> {
    await this.importForm.locator('input[type=file]').setInputFiles(file);
    await this.importForm.getByLabel(this.labels.passphrase).fill(passphrase);
    await this.importForm.getByRole('button', { name: this.labels.importButton, exact: true }).click();
  }
}
