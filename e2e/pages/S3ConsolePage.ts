/**
 * The S3 console as a learner sees it, found by roles and visible labels only; the labels are
 * written out in both languages here on purpose (the tests read the page, not the app's source).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { ObjectTab } from './ObjectUrlsPage.ts';
import type { Lang } from './KmsConsolePage.ts';

const LABELS = {
  ja: {
    services: 'サービス', buckets: 'バケット', createBucket: 'バケットを作成', bucketName: 'バケット名', sseKms: 'AWS Key Management Service キーを使用したサーバー側の暗号化 (SSE-KMS)',
    chooseKey: 'AWS KMS キーを選択', upload: 'アップロード', properties: 'プロパティ', override: 'デフォルトの暗号化のバケット設定を上書きする', objectsTab: 'オブジェクト', permissionsTab: 'アクセス許可',
    sseSettings: 'サーバー側の暗号化の設定', objectActions: 'オブジェクトアクション', makePublic: 'ACL を使用してパブリックにする', makePublicButton: 'パブリックにする',
    editOwnership: '編集: オブジェクト所有者', aclsEnabled: 'ACL 有効', editBpa: '編集: ブロックパブリックアクセス (バケット設定)', blockAll: 'パブリックアクセスをすべてブロック',
    save: '変更を保存', confirm: '確認', objectUrl: 'オブジェクト URL', open: '開く', madePublic: 'パブリックにしました',
    objectsTable: 'オブジェクト', logFile: 'ログファイルの内容', bucketKey: 'バケットキー', enable: '有効にする',
    specifyKey: '暗号化キーを指定する', aclsRestored: 'ACL が復元されることを了承します。',
  },
  en: {
    services: 'Services', buckets: 'Buckets', createBucket: 'Create bucket', bucketName: 'Bucket name', sseKms: 'Server-side encryption with AWS Key Management Service keys (SSE-KMS)',
    chooseKey: 'Choose an AWS KMS key', upload: 'Upload', properties: 'Properties', override: 'Override bucket settings for default encryption', objectsTab: 'Objects', permissionsTab: 'Permissions',
    sseSettings: 'Server-side encryption settings', objectActions: 'Object actions', makePublic: 'Make public using ACL', makePublicButton: 'Make public',
    editOwnership: 'Edit: Object Ownership', aclsEnabled: 'ACLs enabled', editBpa: 'Edit: Block public access (bucket settings)', blockAll: 'Block all public access',
    save: 'Save changes', confirm: 'Confirm', objectUrl: 'Object URL', open: 'Open', madePublic: 'Successfully made public',
    objectsTable: 'Objects', logFile: 'Log file contents', bucketKey: 'Bucket Key', enable: 'Enable',
    specifyKey: 'Specify an encryption key', aclsRestored: 'I acknowledge that ACLs will be restored.',
  },
} as const;

export class S3ConsolePage {
  constructor(readonly page: Page, readonly lang: Lang) {}

  get labels() {
    return LABELS[this.lang];
  }

  private button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Services › S3, as a learner switches consoles. */
  async openBuckets(): Promise<void> {
    await this.button(this.labels.services).click();
    await this.page.getByRole('menuitem', { name: 'S3', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(`^${this.labels.buckets}`) })).toBeVisible();
  }

  /** Picks a KMS key by alias in whichever "Choose an AWS KMS key" select is on the page. */
  private async chooseKey(alias: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`${this.labels.chooseKey}$`) }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${alias}\\b`) }).click();
  }

  /** Create bucket with SSE-KMS default encryption under the key with this alias; ends on the bucket list. */
  async createBucket(name: string, kmsAlias: string): Promise<void> {
    await this.button(this.labels.createBucket).click();
    await this.page.getByLabel(this.labels.bucketName, { exact: true }).fill(name);
    await this.page.getByRole('radio', { name: this.labels.sseKms }).check();
    await this.chooseKey(kmsAlias);
    await this.button(this.labels.createBucket).click();
    await expect(this.page.getByRole('link', { name, exact: true })).toBeVisible();
  }

  async openBucket(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).first().click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** Upload one file from the Objects tab: Specify an encryption key, overridden to SSE-KMS under the key. */
  async uploadWithKms(file: { name: string; mimeType: string; buffer: Buffer }, kmsAlias: string, { bucketKey = false } = {}): Promise<void> {
    await this.button(this.labels.upload).click();
    // The Upload page's picker takes many files (the lab panel's Import progress takes one).
    await this.page.locator('input[type=file][multiple]').setInputFiles(file);
    await this.page.getByRole('button', { name: this.labels.properties }).click();
    await this.page.getByRole('radio', { name: this.labels.specifyKey, exact: true }).check();
    await this.page.getByRole('radio', { name: this.labels.override }).check();
    await this.page.getByRole('radio', { name: this.labels.sseKms }).check();
    await this.chooseKey(kmsAlias);
    if (bucketKey) await this.page.getByRole('radiogroup', { name: this.labels.bucketKey }).getByRole('radio', { name: this.labels.enable, exact: true }).check();
    await this.button(this.labels.upload).click();
    await expect(this.page.getByRole('link', { name: file.name, exact: true })).toBeVisible();
  }

  async openObject(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  get encryptionSettings(): Locator {
    return this.page.getByText(this.labels.sseSettings, { exact: true }).locator('xpath=ancestor::*[contains(@class, "container")][1]');
  }

  /** Object actions › Make public using ACL › Make public; the dialog stays open when S3 refuses. */
  async makePublic(): Promise<Locator> {
    await this.button(this.labels.objectActions).click();
    await this.page.getByRole('menuitem', { name: this.labels.makePublic }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: this.labels.makePublicButton, exact: true }).click();
    return dialog;
  }

  /** Back to the bucket through Services › S3 (always in the top bar), on the given tab. */
  async backToBucket(bucket: string, tab: 'objectsTab' | 'permissionsTab'): Promise<void> {
    await this.openBuckets();
    await this.openBucket(bucket);
    await this.page.getByRole('tab', { name: this.labels[tab], exact: true }).click();
  }

  /** Edit Object Ownership › ACLs enabled; Save changes waits for "ACLs will be restored" to be acknowledged. */
  async enableAcls(): Promise<void> {
    await this.button(this.labels.editOwnership).click();
    await this.page.getByRole('radio', { name: new RegExp(`^${this.labels.aclsEnabled}`) }).check();
    await expect(this.button(this.labels.save)).toBeDisabled();
    await this.page.getByRole('checkbox', { name: this.labels.aclsRestored }).check();
    await this.button(this.labels.save).click();
    await expect(this.page.getByRole('tab', { name: this.labels.permissionsTab, selected: true })).toBeVisible();
  }

  /** Edit Block public access: turn everything off and type "confirm". */
  async turnOffBlockPublicAccess(): Promise<void> {
    await this.button(this.labels.editBpa).click();
    await this.page.getByRole('checkbox', { name: this.labels.blockAll }).uncheck();
    await this.button(this.labels.save).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox').fill('confirm');
    await dialog.getByRole('button', { name: this.labels.confirm, exact: true }).click();
    await expect(this.page.getByRole('tab', { name: this.labels.permissionsTab, selected: true })).toBeVisible();
  }

  /**
   * The object page's Open (presigned as the signed-in principal) or Object URL (anonymous):
   * a real tab, answered by the app's service worker; returns the tab once loaded.
   */
  async openInNewTab(which: 'open' | 'objectUrl'): Promise<ObjectTab> {
    const context = this.page.context();
    const response = context.waitForEvent('response', (r) => r.url().includes('/s3-objects/') && r.request().isNavigationRequest());
    const control = which === 'open' ? this.button(this.labels.open) : this.page.getByRole('link', { name: this.labels.objectUrl, exact: true });
    const [tab] = await Promise.all([context.waitForEvent('page'), control.click()]);
    const answered = await response;
    await tab.waitForLoadState();
    await expect(tab).toHaveURL(/\/s3-objects\//);
    return { tab, response: answered };
  }

  /** Follows folder links down the Objects tab, e.g. ['AWSLogs/', '111122223333/', …]. */
  async openFolders(names: readonly (string | RegExp)[]): Promise<void> {
    const table = this.page.getByRole('table', { name: this.labels.objectsTable });
    for (const name of names) await table.getByRole('link', { name, exact: typeof name === 'string' }).click();
  }

  /** The newest object in the folder (the Objects tab sorted by name: log file names carry their time). */
  async openNewestObject(pattern: RegExp): Promise<void> {
    const links = this.page.getByRole('table', { name: this.labels.objectsTable }).getByRole('link', { name: pattern });
    await expect(links.first()).toBeVisible();
    await links.last().click();
  }

  get logFile(): Locator {
    return this.page.getByTestId('log-file-json');
  }

  /** Upload one file from the Objects tab with the bucket's default encryption; S3's answer is the flash that follows. */
  async uploadWithBucketDefault(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.button(this.labels.upload).click();
    await this.page.locator('input[type=file][multiple]').setInputFiles(file);
    await this.button(this.labels.upload).click();
  }
}
