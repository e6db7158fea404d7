/**
 * The S3 object URLs page and the browser tabs its links open, found by roles and visible
 * labels only (both languages written out: the tests read the page, not the app's source).
 */
import { expect, type BrowserContext, type Page, type Response } from '@playwright/test';

export type Lang = 'ja' | 'en';

const LABELS = {
  ja: { heading: 'S3 オブジェクト URL', bucketName: 'バケット名', createBucket: 'バケットを作成', blockOff: 'ブロックパブリックアクセスをオフにする', enableAcls: 'ACL を有効にする', sseS3: 'SSE-S3: Amazon S3 マネージドキー', sseKms: 'SSE-KMS: AWS Key Management Service キー', useSample: 'サンプル画像を使う', upload: 'アップロード', chooseFile: 'ファイルを選択', open: '開く', objectUrl: 'オブジェクト URL', makePublic: 'ACL を使用してパブリックにする' },
  en: { heading: 'S3 object URLs', bucketName: 'Bucket name', createBucket: 'Create bucket', blockOff: 'Turn off Block Public Access', enableAcls: 'Enable ACLs', sseS3: 'SSE-S3: Amazon S3 managed keys', sseKms: 'SSE-KMS: AWS Key Management Service keys', useSample: 'Use the sample image', upload: 'Upload', chooseFile: 'Choose file', open: 'Open', objectUrl: 'Object URL', makePublic: 'Make public using ACL' },
} as const;

/** A browser tab an object link opened, with the response the service worker gave it. */
export type ObjectTab = { readonly tab: Page; readonly response: Response };

export class ObjectUrlsPage {
  lang: Lang = 'en';

  constructor(readonly page: Page) {}

  get context(): BrowserContext {
    return this.page.context();
  }

  get labels() {
    return LABELS[this.lang];
  }

  /** Opens the page and waits until the object-URL worker is active (it registers after load). */
  async open(lang: Lang): Promise<this> {
    this.lang = lang;
    await this.page.goto(`/s3/object-urls?lang=${lang}`);
    await expect(this.page.getByRole('heading', { level: 1, name: this.labels.heading })).toBeVisible();
    await this.page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration('/s3-objects/'))?.active?.state === 'activated');
    return this;
  }

  private async flash(text: RegExp | string): Promise<void> {
    await expect(this.page.getByText(text).first()).toBeVisible();
  }

  async createBucket(name: string): Promise<void> {
    await this.page.getByLabel(this.labels.bucketName).fill(name);
    await this.page.getByRole('button', { name: this.labels.createBucket }).click();
    await this.flash(new RegExp(name));
  }

  async allowPublicAcls(): Promise<void> {
    await this.page.getByRole('button', { name: this.labels.blockOff }).click();
    await this.page.getByRole('button', { name: this.labels.enableAcls }).click();
    await this.flash(/ObjectWriter/);
  }

  private async chooseEncryption(encryption: 'SSE-S3' | 'SSE-KMS'): Promise<void> {
    await this.page.getByRole('radio', { name: encryption === 'SSE-KMS' ? this.labels.sseKms : this.labels.sseS3 }).check();
  }

  async uploadSampleImage(encryption: 'SSE-S3' | 'SSE-KMS'): Promise<void> {
    await this.chooseEncryption(encryption);
    await this.page.getByRole('button', { name: this.labels.useSample }).click();
    await this.flash(/sample-key\.png/);
  }

  async uploadFile(file: { name: string; mimeType: string; buffer: Buffer }, encryption: 'SSE-S3' | 'SSE-KMS'): Promise<void> {
    await this.chooseEncryption(encryption);
    await this.page.locator('input[type="file"]').setInputFiles(file);
    await this.page.getByRole('button', { name: this.labels.upload, exact: true }).click();
    await this.flash(new RegExp(file.name.replace('.', '\\.')));
  }

  async makePublic(key: string): Promise<void> {
    await this.page.getByRole('button', { name: this.labels.makePublic }).click();
    await this.flash(new RegExp(`${key.replace('.', '\\.')}.*public-read`));
  }

  /** Clicks a link that opens the object in a new tab; returns the tab once loaded. */
  private async newTab(click: () => Promise<void>): Promise<ObjectTab> {
    const response = this.context.waitForEvent('response', (r) => r.url().includes('/s3-objects/') && r.request().isNavigationRequest());
    const [tab] = await Promise.all([this.context.waitForEvent('page'), click()]);
    const answered = await response;
    await tab.waitForLoadState();
    await expect(tab).toHaveURL(/\/s3-objects\//);
    return { tab, response: answered };
  }

  openPresigned(): Promise<ObjectTab> {
    return this.newTab(() => this.page.getByRole('button', { name: this.labels.open, exact: true }).click());
  }

  openObjectUrl(): Promise<ObjectTab> {
    return this.newTab(() => this.page.getByRole('link', { name: this.labels.objectUrl, exact: true }).click());
  }

  /** The object URL shown on the page, as a learner would copy it. */
  async objectUrl(): Promise<string> {
    return (await this.page.getByText(/\/s3-objects\//).first().innerText()).trim();
  }
}

/** The decoded width of the image a tab shows (0 when the bytes are not an image). */
export const imageWidth = (tab: Page) => tab.locator('img').first().evaluate((img: HTMLImageElement) => img.complete ? img.naturalWidth : 0);
