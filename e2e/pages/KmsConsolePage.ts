/**
 * The KMS page as a learner sees it, found by roles and visible labels only. The labels are
 * written out here in both languages on purpose: the tests read the page, not the app's source.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type Lang = 'ja' | 'en';
export type KeyChoices = { alias: string; description?: string; admins?: string[]; users?: string[] };

const LABELS = {
  ja: {
    service: 'Key Management Service', keysTable: 'カスタマー管理型のキー', createKey: 'キーの作成', alias: 'エイリアス', description: '説明',
    encryptPanel: '暗号化', decryptPanel: '復号', key: 'KMS キー', plaintext: 'プレーンテキスト', context: '暗号化コンテキスト',
    encrypt: '暗号化', decrypt: '復号', ciphertext: 'CiphertextBlob (base64)', decrypted: '復号されたプレーンテキスト',
    disable: '無効化', enable: '有効化', select: (key: string) => `${key} を選択`, language: '言語', enabled: '有効', disabled: '無効',
    sideNav: 'サイドナビゲーション', openSideNav: 'サイドナビゲーションを開く', next: '次へ', finish: '完了', keyActions: 'キーのアクション', scheduleDeletion: 'キーの削除をスケジュール', cancelDeletion: 'キーの削除をキャンセル',
    waitingPeriod: '待機期間 (日数)', confirmDeletion: /日後に削除するスケジュールを確定します/, scheduleButton: '削除をスケジュールする',
    pendingDeletion: '削除保留中', keyPolicy: 'キーポリシー', tryIt: '試す: 暗号化と復号', clock: 'シミュレーション時刻', fastForward: '早送り',
    week: '7 日', account: 'アカウントと保存', passphrase: 'パスフレーズ', exportButton: 'エクスポート', importButton: 'インポート',
    resetButton: 'アカウントをリセット', chooseFile: 'ファイルを選択', selectPrincipal: (name: string) => `${name} を選択`,
    services: 'サービス', keyUsers: 'キーユーザー', remove: '削除', add: '追加', policySaved: 'キーポリシーを保存しました。',
  },
  en: {
    service: 'Key Management Service', keysTable: 'Customer managed keys', createKey: 'Create key', alias: 'Alias', description: 'Description',
    encryptPanel: 'Encrypt', decryptPanel: 'Decrypt', key: 'KMS key', plaintext: 'Plaintext', context: 'Encryption context',
    encrypt: 'Encrypt', decrypt: 'Decrypt', ciphertext: 'CiphertextBlob (base64)', decrypted: 'Decrypted plaintext',
    disable: 'Disable', enable: 'Enable', select: (key: string) => `Select ${key}`, language: 'Language', enabled: 'Enabled', disabled: 'Disabled',
    sideNav: 'Side navigation', openSideNav: 'Open side navigation', next: 'Next', finish: 'Finish', keyActions: 'Key actions', scheduleDeletion: 'Schedule key deletion', cancelDeletion: 'Cancel key deletion',
    waitingPeriod: 'Waiting period (in days)', confirmDeletion: /Confirm you want to schedule this key for deletion/, scheduleButton: 'Schedule deletion',
    pendingDeletion: 'Pending deletion', keyPolicy: 'Key policy', tryIt: 'Try it: encrypt and decrypt', clock: 'Simulated time', fastForward: 'Fast-forward',
    week: '7 days', account: 'Account and storage', passphrase: 'Passphrase', exportButton: 'Export', importButton: 'Import',
    resetButton: 'Reset account', chooseFile: 'Choose file', selectPrincipal: (name: string) => `Select ${name}`,
    services: 'Services', keyUsers: 'Key users', remove: 'Remove', add: 'Add', policySaved: 'The key policy was saved.',
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
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(`^${this.labels.keysTable}`) })).toBeVisible();
    return this;
  }

  /** A page from the side navigation, as a learner follows it. */
  async goTo(link: 'keysTable' | 'tryIt' | 'account'): Promise<void> {
    const nav = this.page.getByRole('navigation', { name: this.labels.sideNav });
    // The layout may have folded the side navigation away (narrow window, open drawer): open it as a learner would.
    const opener = nav.getByRole('button', { name: this.labels.openSideNav, exact: true });
    if (await opener.isVisible()) await opener.click();
    await nav.getByRole('link', { name: this.labels[link], exact: true }).click();
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

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: this.labels.next, exact: true }).click();
  }

  /**
   * Goes through the Create key wizard up to Review and returns the key policy it shows.
   * Administrators and users are chosen by IAM name.
   */
  async wizardToReview({ alias, description = '', admins = [], users = [] }: KeyChoices): Promise<string> {
    await this.goTo('keysTable');
    await this.page.getByRole('button', { name: this.labels.createKey, exact: true }).first().click();
    await this.next();
    await this.page.getByLabel(this.labels.alias, { exact: true }).fill(alias);
    await this.page.getByLabel(this.labels.description, { exact: true }).fill(description);
    await this.next();
    for (const name of admins) await this.page.getByRole('checkbox', { name: this.labels.selectPrincipal(name) }).check();
    await this.next();
    for (const name of users) await this.page.getByRole('checkbox', { name: this.labels.selectPrincipal(name) }).check();
    await this.next();
    return (await this.page.getByTestId('key-policy').innerText()).trim();
  }

  /** Fills Create key and finishes it, whatever the outcome. */
  async submitCreateKey(key: KeyChoices): Promise<void> {
    await this.wizardToReview(key);
    await this.page.getByRole('button', { name: this.labels.finish, exact: true }).click();
  }

  /** Creates a key with the wizard; ends on the key's page. */
  async createKey(key: KeyChoices): Promise<void> {
    await this.submitCreateKey(key);
    await expect(this.page.getByRole('heading', { level: 1, name: `alias/${key.alias}` })).toBeVisible();
  }

  async keyAction(alias: string, action: 'enable' | 'disable' | 'scheduleDeletion' | 'cancelDeletion'): Promise<void> {
    await this.goTo('keysTable');
    await this.keysTable.getByRole('checkbox', { name: this.labels.select(alias) }).check();
    await this.page.getByRole('button', { name: this.labels.keyActions }).click();
    await this.page.getByRole('menuitem', { name: this.labels[action], exact: true }).click();
  }

  async setKeyEnabled(alias: string, enabled: boolean): Promise<void> {
    await this.keyAction(alias, enabled ? 'enable' : 'disable');
    await expect(this.keyRow(alias)).toContainText(enabled ? this.labels.enabled : this.labels.disabled);
  }

  async scheduleDeletion(alias: string, days: number): Promise<void> {
    await this.keyAction(alias, 'scheduleDeletion');
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(this.labels.waitingPeriod).fill(String(days));
    await dialog.getByRole('checkbox', { name: this.labels.confirmDeletion }).check();
    await dialog.getByRole('button', { name: this.labels.scheduleButton, exact: true }).click();
    await expect(this.keyRow(alias)).toContainText(this.labels.pendingDeletion);
  }

  async fastForward(step: 'week'): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(this.labels.clock) }).click();
    await this.page.getByRole('menuitem', { name: this.labels[step], exact: true }).click();
  }

  get encryptPanel(): Locator {
    return this.page.getByRole('region', { name: this.labels.encryptPanel, exact: true });
  }

  get decryptPanel(): Locator {
    return this.page.getByRole('region', { name: this.labels.decryptPanel, exact: true });
  }

  /** Encrypts and resolves to what the learner would copy: the base64 CiphertextBlob. */
  async encrypt({ key, plaintext, context = '' }: { key: string; plaintext: string; context?: string }): Promise<void> {
    if (!(await this.encryptPanel.isVisible())) await this.goTo('tryIt');
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

  /** Try it's GenerateDataKey panel (its title is the API name in both languages). */
  get dataKeyPanel(): Locator {
    return this.page.getByRole('region', { name: 'GenerateDataKey', exact: true });
  }

  /** GenerateDataKey under the key on Try it; the encrypted data key is handed to Decrypt. */
  async generateDataKey(key: string): Promise<void> {
    if (!(await this.dataKeyPanel.isVisible())) await this.goTo('tryIt');
    const panel = this.dataKeyPanel;
    await panel.getByLabel(this.labels.key, { exact: true }).click();
    await panel.getByRole('option', { name: new RegExp(`^${key}\\b`) }).click();
    await panel.getByRole('button', { name: this.lang === 'ja' ? 'データキーを生成' : 'Generate data key', exact: true }).click();
    await expect(this.ciphertextIn).not.toHaveValue('');
  }

  /** An AWS error shown in a panel (or the page's flash bar), found by its AWS code. */
  error(where: Locator, code: string): Locator {
    return where.getByText(code, { exact: true });
  }

  /** Services › Key Management Service › Customer managed keys › the key › Key policy tab (its default view). */
  async openKeyPolicy(alias: string): Promise<void> {
    await this.page.getByRole('button', { name: this.labels.services, exact: true }).click();
    await this.page.getByRole('menuitem', { name: this.labels.service, exact: true }).click();
    await this.goTo('keysTable');
    await this.keyRow(alias).getByRole('link', { name: alias }).click();
    await this.page.getByRole('tab', { name: this.labels.keyPolicy, exact: true }).click();
  }

  get keyUsers(): Locator {
    return this.page.getByRole('table', { name: this.labels.keyUsers });
  }

  /** A button in the Key users header (Remove, Add), beside its heading rather than in the table. */
  private keyUsersButton(name: string): Locator {
    const header = this.page.getByRole('heading', { name: new RegExp(`^${this.labels.keyUsers}`) }).locator('xpath=ancestor::*[.//button][1]');
    return header.getByRole('button', { name, exact: true });
  }

  /** Key policy › Key users: select the principal (by a part of its ARN) and Remove. */
  async removeKeyUser(alias: string, name: string): Promise<void> {
    await this.openKeyPolicy(alias);
    // Rows are named by the principal's ARN, which ends in its name.
    await this.keyUsers.getByRole('checkbox', { name: new RegExp(`/${name}\\b`) }).check();
    await this.keyUsersButton(this.labels.remove).click();
    await expect(this.keyUsers.getByRole('row').filter({ hasText: name })).toHaveCount(0);
  }

  /** Key policy › Key users › Add: tick the principal by name and Add. */
  async addKeyUser(alias: string, name: string): Promise<void> {
    await this.openKeyPolicy(alias);
    await this.keyUsersButton(this.labels.add).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: this.labels.selectPrincipal(name) }).check();
    await dialog.getByRole('button', { name: this.labels.add, exact: true }).click();
    await expect(this.keyUsers.getByRole('row').filter({ hasText: name })).toHaveCount(1);
  }
}
