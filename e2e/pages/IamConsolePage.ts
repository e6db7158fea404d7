/**
 * The IAM and CloudTrail pages and the top bar's principal switcher, as a learner sees them,
 * found by roles and visible labels (written out here in both languages on purpose).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Lang } from './KmsConsolePage.ts';

const LABELS = {
  ja: {
    createUser: 'ユーザーの作成', userName: 'ユーザー名', choosePolicies: 'ポリシーを選択', credentials: 'セキュリティ認証情報',
    createAccessKey: 'アクセスキーを作成', secretWarning: /シークレットアクセスキーを表示またはダウンロードできるのは/, done: '完了',
    services: 'サービス', principal: 'サインイン中のプリンシパル', switchPrincipal: 'プリンシパルの切り替え', user: 'IAM ユーザー',
    why: '拒否された理由', eventHistory: 'イベント履歴', lookupAttribute: 'ルックアップ属性', eventName: 'イベント名',
    lookupValue: 'ルックアップ値を入力', apply: '適用', eventRecord: 'イベントレコード',
  },
  en: {
    createUser: 'Create user', userName: 'User name', choosePolicies: 'Choose policies', credentials: 'Security credentials',
    createAccessKey: 'Create access key', secretWarning: /This is the only time that the secret access key can be viewed/, done: 'Done',
    services: 'Services', principal: 'Signed in as', switchPrincipal: 'Switch principal', user: 'IAM user',
    why: 'Why was this denied?', eventHistory: 'Event history', lookupAttribute: 'Lookup attributes', eventName: 'Event name',
    lookupValue: 'Enter a lookup value', apply: 'Apply', eventRecord: 'Event record',
  },
} as const;

export class IamConsolePage {
  constructor(readonly page: Page, readonly lang: Lang) {}

  get labels() {
    return LABELS[this.lang];
  }

  /** Create user with managed policies attached directly; ends on the user's page. */
  async createUser(name: string, policies: readonly string[]): Promise<void> {
    // In-app navigation, as a learner moves between services (IAM opens on its Users page).
    await this.openService('IAM');
    await this.page.getByRole('button', { name: this.labels.createUser, exact: true }).click();
    await this.page.getByLabel(this.labels.userName, { exact: true }).fill(name);
    for (const policy of policies) {
      await this.page.getByRole('button', { name: this.labels.choosePolicies }).click();
      await this.page.getByRole('combobox').last().fill(policy);
      await this.page.getByRole('option', { name: new RegExp(`^${policy}\\b`) }).click();
      await this.page.keyboard.press('Escape');
    }
    await this.page.getByRole('button', { name: this.labels.createUser, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** Security credentials › Create access key; resolves to the secret shown once. */
  async createAccessKey(): Promise<string> {
    await this.page.getByRole('tab', { name: this.labels.credentials }).click();
    await this.page.getByRole('button', { name: this.labels.createAccessKey, exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog.getByText(this.labels.secretWarning)).toBeVisible();
    const secret = (await dialog.getByTestId('secret-access-key').innerText()).trim();
    await dialog.getByRole('button', { name: this.labels.done, exact: true }).click();
    return secret;
  }

  /** The top bar's Services menu, which keeps the signed-in principal (a page load would not). */
  async openService(name: 'Key Management Service' | 'IAM' | 'CloudTrail'): Promise<void> {
    await this.page.getByRole('button', { name: this.labels.services, exact: true }).click();
    await this.page.getByRole('menuitem', { name, exact: true }).click();
  }

  /** The top bar's principal menu › Switch principal › the user. */
  async switchTo(name: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`${this.labels.principal}:`) }).click();
    await this.page.getByRole('group', { name: this.labels.switchPrincipal }).getByRole('menuitemcheckbox', { name: new RegExp(`^${name} \\(`) }).click();
    await expect(this.page.getByRole('button', { name: new RegExp(`^${name} @`) })).toBeVisible();
  }

  async explainDenial(): Promise<Locator> {
    await this.page.getByRole('button', { name: this.labels.why, exact: true }).first().click();
    const dialog = this.page.getByRole('dialog', { name: this.labels.why });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Event history filtered by event name; opens the newest match and returns its record. */
  async findEvent(eventName: string): Promise<Locator> {
    // The Services menu opens CloudTrail on Event history (where the breadcrumb of that name is not a link).
    await this.openService('CloudTrail');
    await expect(this.page.getByRole('heading', { level: 1, name: this.labels.eventHistory })).toBeVisible();
    // "Event name" is the lookup attribute the page starts with.
    await expect(this.page.getByRole('button', { name: new RegExp(this.labels.lookupAttribute) })).toContainText(this.labels.eventName);
    await this.page.getByRole('searchbox', { name: this.labels.lookupValue }).fill(eventName);
    await this.page.getByRole('button', { name: this.labels.apply, exact: true }).click();
    await this.page.getByRole('table').getByRole('button', { name: eventName, exact: true }).first().click();
    return this.page.getByTestId('event-record');
  }
}
