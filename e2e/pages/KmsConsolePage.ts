/**
 * The KMS page as a learner sees it, found by roles and visible labels only. The labels are
 * written out here in both languages on purpose: the tests read the page, not the app's source.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type Lang = 'ja' | 'en';

const LABELS = {
  ja: {
    service: 'Key Management Service', keysTable: 'カスタマー管理型のキー', createKey: 'キーの作成', alias: 'エイリアス', description: '説明',
    encryptPanel: '暗号化', decryptPanel: '復号', key: 'KMS キー', plaintext: 'プレーンテキスト', context: '暗号化コンテキスト',
    encrypt: '暗号化', decrypt: '復号', ciphertext: 'CiphertextBlob (base64)', decrypted: '復号されたプレーンテキスト',
    disable: '無効化', enable: '有効化', select: (key: string) => `${key} を選択`, language: '言語', enabled: '有効', disabled: '無効',
  },
  en: {
    service: 'Key Management Service', keysTable: 'Customer managed keys', createKey: 'Create key', alias: 'Alias', description: 'Description',
    encryptPanel: 'Encrypt', decryptPanel: 'Decrypt', key: 'KMS key', plaintext: 'Plaintext', context: 'Encryption context',
    encrypt: 'Encrypt', decrypt: 'Decrypt', ciphertext: 'CiphertextBlob (base64)', decrypted: 'Decrypted plaintext',
    disable: 'Disable', enable: 'Enable', select: (key: string) => `Select ${key}`, language: 'Language', enabled: 'Enabled', disabled: 'Disabled',
  },
} as const;

export class KmsConsolePage {
  lang: Lang = 'ja';

  constructor(readonly page: Page) {}

  get labels() {
    return LABELS[this.lang];
  }

  /** Opens the lab; without a language it is a first visit, which starts in Japanese. */
  async open(lang?: Lang): Promise<this> {
    if (lang) await this.page.addInitScript((l) => localStorage.setItem('kms-lab.locale', l), lang);
    this.lang = lang ?? 'ja';
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { level: 1, name: this.labels.service })).toBeVisible();
    return this;
  }

  async switchLanguage(to: Lang): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^(${LABELS.ja.language}|${LABELS.en.language}):`) }).click();
    await this.page.getByRole('menuitemcheckbox', { name: to === 'ja' ? '日本語' : 'English' }).click();
    this.lang = to;
  }

  get keysTable(): Locator {
    return this.page.getByRole('table', { name: this.labels.keysTable });
  }

  keyRow(alias: string): Locator {
    return this.keysTable.getByRole('row').filter({ hasText: alias });
  }

  /** Fills Create key and submits it, whatever the outcome. */
  async submitCreateKey({ alias, description = '' }: { alias: string; description?: string }): Promise<void> {
    await this.page.getByLabel(this.labels.alias, { exact: true }).fill(alias);
    await this.page.getByLabel(this.labels.description, { exact: true }).fill(description);
    await this.page.getByRole('button', { name: this.labels.createKey, exact: true }).click();
  }

  async createKey(key: { alias: string; description?: string }): Promise<void> {
    await this.submitCreateKey(key);
    await expect(this.keyRow(`alias/${key.alias}`)).toBeVisible();
  }

  async setKeyEnabled(alias: string, enabled: boolean): Promise<void> {
    await this.keysTable.getByRole('radio', { name: this.labels.select(alias) }).check();
    await this.page.getByRole('button', { name: enabled ? this.labels.enable : this.labels.disable, exact: true }).click();
    await expect(this.keyRow(alias)).toContainText(enabled ? this.labels.enabled : this.labels.disabled);
  }

  get encryptPanel(): Locator {
    return this.page.getByRole('region', { name: this.labels.encryptPanel, exact: true });
  }

  get decryptPanel(): Locator {
    return this.page.getByRole('region', { name: this.labels.decryptPanel, exact: true });
  }

  /** Encrypts and resolves to what the learner would copy: the base64 CiphertextBlob. */
  async encrypt({ key, plaintext, context = '' }: { key: string; plaintext: string; context?: string }): Promise<void> {
    const panel = this.encryptPanel;
    await panel.getByLabel(this.labels.key, { exact: true }).click();
    await panel.getByRole('option', { name: new RegExp(`^${key}\\b`) }).click();
    await panel.getByLabel(this.labels.plaintext, { exact: true }).fill(plaintext);
    await panel.getByLabel(this.labels.context, { exact: true }).fill(context);
    await panel.getByRole('button', { name: this.labels.encrypt, exact: true }).click();
  }

  get ciphertextOut(): Locator {
    return this.encryptPanel.getByLabel(this.labels.ciphertext, { exact: true });
  }

  get ciphertextIn(): Locator {
    return this.decryptPanel.getByLabel(this.labels.ciphertext, { exact: true });
  }

  get decryptContext(): Locator {
    return this.decryptPanel.getByLabel(this.labels.context, { exact: true });
  }

  async decrypt(): Promise<void> {
    await this.decryptPanel.getByRole('button', { name: this.labels.decrypt, exact: true }).click();
  }

  get decrypted(): Locator {
    return this.decryptPanel.getByLabel(this.labels.decrypted, { exact: true });
  }

  /** An AWS error shown in a panel (or the page's flash bar), found by its AWS code. */
  error(where: Locator, code: string): Locator {
    return where.getByText(code, { exact: true });
  }
}
