/**
 * The CloudTrail console's Trails and Create trail pages as a learner sees them, found by roles
 * and visible labels only (both languages written out: the tests read the page, not the app's source).
 */
import { expect, type Page } from '@playwright/test';
import type { Lang } from './KmsConsolePage.ts';

const LABELS = {
  ja: {
    services: 'サービス', sideNav: 'サイドナビゲーション', openSideNav: 'サイドナビゲーションを開く', trails: '証跡', createTrail: '証跡の作成',
    trailName: '証跡名', newBucket: '新しい S3 バケットを作成', bucketName: '証跡ログバケット名', sseKms: 'ログファイルの SSE-KMS 暗号化',
    allBuckets: 'S3: 現在および将来のすべてのバケット', switchToBasic: '基本イベントセレクタに切り替える', continue: '続行', insights: 'アカウント内の異常なアクティビティを特定する', callRate: 'API コール率', errorRate: 'API エラー率',
    created: (name: string) => `証跡 ${name} を作成し、ログ記録を開始しました。`,
  },
  en: {
    services: 'Services', sideNav: 'Side navigation', openSideNav: 'Open side navigation', trails: 'Trails', createTrail: 'Create trail',
    trailName: 'Trail name', newBucket: 'Create new S3 bucket', bucketName: 'Trail log bucket name', sseKms: 'Log file SSE-KMS encryption',
    allBuckets: 'S3: all current and future buckets', switchToBasic: 'Switch to basic event selectors', continue: 'Continue', insights: 'Identify unusual activity in your account', callRate: 'API call rate', errorRate: 'API error rate',
    created: (name: string) => `Trail ${name} created and logging.`,
  },
} as const;

export type TrailChoices = { name: string; newBucket: string; s3DataEvents?: boolean; insights?: boolean };

export class CloudTrailConsolePage {
  constructor(readonly page: Page, readonly lang: Lang) {}

  get labels() {
    return LABELS[this.lang];
  }

  /** Services › CloudTrail › Trails in the side navigation (opened first if the layout folded it). */
  async openTrails(): Promise<void> {
    await this.page.getByRole('button', { name: this.labels.services, exact: true }).click();
    await this.page.getByRole('menuitem', { name: 'CloudTrail', exact: true }).click();
    const nav = this.page.getByRole('navigation', { name: this.labels.sideNav });
    const opener = nav.getByRole('button', { name: this.labels.openSideNav, exact: true });
    if (await opener.isVisible()) await opener.click();
    await nav.getByRole('link', { name: this.labels.trails, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(`^${this.labels.trails}`) })).toBeVisible();
  }

  /** Trails › Create trail with a new bucket, no log file encryption, and the chosen log events; ends on the trail's page. */
  async createTrail({ name, newBucket, s3DataEvents = false, insights = false }: TrailChoices): Promise<void> {
    await this.openTrails();
    await this.page.getByRole('button', { name: this.labels.createTrail, exact: true }).click();
    await this.page.getByLabel(this.labels.trailName, { exact: true }).fill(name);
    await this.page.getByRole('radio', { name: this.labels.newBucket }).check();
    await this.page.getByLabel(this.labels.bucketName, { exact: true }).fill(newBucket);
    await expect(this.page.getByLabel(this.labels.sseKms, { exact: true })).not.toBeChecked();
    if (s3DataEvents) {
      // The console opens on advanced event selectors; the lab switches to the basic ones.
      await this.page.getByRole('button', { name: this.labels.switchToBasic, exact: true }).click();
      await this.page.getByRole('dialog').getByRole('button', { name: this.labels.continue, exact: true }).click();
      await this.page.getByRole('radio', { name: this.labels.allBuckets }).check();
    }
    if (insights) {
      await this.page.getByRole('checkbox', { name: this.labels.insights }).check();
      await expect(this.page.getByRole('checkbox', { name: this.labels.callRate })).toBeChecked();
      await expect(this.page.getByRole('checkbox', { name: this.labels.errorRate })).toBeChecked();
    }
    await this.page.getByRole('button', { name: this.labels.createTrail, exact: true }).click();
    await expect(this.page.getByText(this.labels.created(name))).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
}
