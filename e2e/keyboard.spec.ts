/**
 * Everything is reachable by keyboard: a learner who never touches the mouse switches the
 * language, opens KMS from the Services menu, creates a key with the wizard, schedules its
 * deletion in the dialog and cancels it, creates an IAM user and an access key, and uses the
 * terminal and leaves it — Tab, Shift+Tab, arrows, Enter, Space and Esc only, with a visible
 * focus indicator at every stop.
 */
import { expect, test } from '@playwright/test';
import { IamConsolePage } from './pages/IamConsolePage.ts';
import { KeyboardUser } from './pages/KeyboardUser.ts';
import { KmsConsolePage } from './pages/KmsConsolePage.ts';

test('a keyboard-only learner switches to Japanese, creates a key, schedules and cancels its deletion', async ({ page }) => {
  const kms = await new KmsConsolePage(page).open('en');
  const keys = new KeyboardUser(page);

  await keys.activate(page.getByRole('button', { name: /^Language:/ }));
  await keys.activate(page.getByRole('menuitemcheckbox', { name: '日本語' }), 'ArrowDown');
  kms.lang = 'ja';
  await expect(page.getByRole('heading', { level: 1, name: /^カスタマー管理型のキー/ })).toBeVisible();

  // Somewhere else first, so that KMS is opened from the navigation.
  await keys.activate(page.getByRole('button', { name: 'サービス', exact: true }), 'Shift+Tab');
  await keys.activate(page.getByRole('menuitem', { name: 'S3', exact: true }), 'ArrowDown');
  await expect(page.getByRole('heading', { level: 1, name: /^バケット/ })).toBeVisible();
  await keys.activate(page.getByRole('button', { name: 'サービス', exact: true }), 'Shift+Tab');
  await keys.activate(page.getByRole('menuitem', { name: 'Key Management Service', exact: true }), 'ArrowDown');
  await expect(page.getByRole('heading', { level: 1, name: /^カスタマー管理型のキー/ })).toBeVisible();

  // The Create key wizard, step by step.
  await keys.activate(page.getByRole('button', { name: 'キーの作成', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: 'キーを設定' })).toBeVisible();
  await keys.activate(page.getByRole('button', { name: '次へ', exact: true }));
  await keys.type(page.getByLabel('エイリアス', { exact: true }), 'keyboard');
  await keys.activate(page.getByRole('button', { name: '次へ', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: 'キーの管理アクセス許可を定義' })).toBeVisible();
  await keys.toggle(page.getByRole('checkbox', { name: 'Admin を選択' }));
  await expect(page.getByRole('checkbox', { name: 'Admin を選択' })).toBeChecked();
  await keys.activate(page.getByRole('button', { name: '次へ', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: 'キーの使用アクセス許可を定義' })).toBeVisible();
  await keys.activate(page.getByRole('button', { name: '次へ', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: '確認' })).toBeVisible();
  // The generated key policy scrolls: a keyboard user must be able to reach it to read it all.
  await keys.moveTo(page.getByTestId('key-policy'));
  await keys.activate(page.getByRole('button', { name: '完了', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: 'alias/keyboard' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/keyboard-ja-key.png', fullPage: true });

  // Schedule deletion in the dialog: focus moves into it, stays there, and comes back out.
  const keyActions = page.getByRole('button', { name: 'キーのアクション', exact: true });
  await keys.activate(keyActions, 'Shift+Tab');
  await keys.activate(page.getByRole('menuitem', { name: 'キーの削除をスケジュール', exact: true }), 'ArrowDown');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await keys.expectFocusTrappedIn(dialog);
  await keys.type(dialog.getByLabel('待機期間 (日数)'), '7');
  await keys.toggle(dialog.getByRole('checkbox', { name: /日後に削除するスケジュールを確定します/ }));
  await page.screenshot({ path: 'test-results/screens/keyboard-ja-schedule-deletion.png', fullPage: true });
  await keys.activate(dialog.getByRole('button', { name: '削除をスケジュールする', exact: true }));
  await expect(dialog).toBeHidden();
  await expect(page.getByText('削除保留中', { exact: true }).first()).toBeVisible();
  await expect(keyActions).toBeFocused();

  await keys.activate(keyActions, 'Shift+Tab');
  await keys.activate(page.getByRole('menuitem', { name: 'キーの削除をキャンセル', exact: true }), 'ArrowDown');
  await expect(page.getByText('削除保留中', { exact: true })).toHaveCount(0);
  await expect(page.getByText('無効', { exact: true }).first()).toBeVisible();
});

test('a keyboard-only learner creates an IAM user and an access key, and the secret dialog gives focus back', async ({ page }) => {
  await new KmsConsolePage(page).open('en');
  const iam = new IamConsolePage(page, 'en');
  const keys = new KeyboardUser(page);

  await keys.activate(page.getByRole('button', { name: 'Services', exact: true }));
  await keys.activate(page.getByRole('menuitem', { name: 'IAM', exact: true }), 'ArrowDown');
  await expect(page.getByRole('heading', { level: 1, name: /^Users/ })).toBeVisible();
  await keys.activate(page.getByRole('button', { name: iam.labels.createUser, exact: true }));
  await keys.type(page.getByLabel(iam.labels.userName, { exact: true }), 'keyboard-user');
  await keys.activate(page.getByRole('button', { name: iam.labels.createUser, exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: 'keyboard-user' })).toBeVisible();

  // Tabs move with the arrow keys, as in the console.
  await keys.moveTo(page.getByRole('tab', { name: 'Permissions' }));
  await keys.moveTo(page.getByRole('tab', { name: iam.labels.credentials }), 'ArrowRight');
  await page.keyboard.press('Enter');
  const create = page.getByRole('button', { name: iam.labels.createAccessKey, exact: true });
  await keys.activate(create);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(iam.labels.secretWarning)).toBeVisible();
  await keys.expectFocusTrappedIn(dialog);
  await keys.activate(dialog.getByRole('button', { name: iam.labels.done, exact: true }));
  await expect(dialog).toBeHidden();
  await expect(create).toBeFocused();
  await expect(page.getByRole('table', { name: /Access keys/ }).getByRole('row')).toHaveCount(2);
});

test('the terminal keeps Tab for completion, and Esc leaves it for the control before it', async ({ page }) => {
  await new KmsConsolePage(page).open('ja');
  const keys = new KeyboardUser(page);
  const terminal = page.getByRole('region', { name: 'ターミナル', exact: true });
  const screen = async () => (await terminal.locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ');

  await keys.activate(page.getByRole('button', { name: 'ターミナルを開く', exact: true }));
  await expect(terminal).toContainText('KMS Lab terminal');
  await expect(page.getByText('Tab キーでコマンドを補完します。Esc キーでターミナルから移動します。')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Terminal input' })).toBeFocused();
  await page.keyboard.type('aws kms list-al');
  await page.keyboard.press('Tab');
  await expect.poll(() => screen()).toContain('aws kms list-aliases ');
  await page.keyboard.press('Enter');
  await expect.poll(() => screen()).toContain('"Aliases": [');

  await page.keyboard.press('Escape');
  const close = page.getByRole('button', { name: 'ターミナルを閉じる', exact: true });
  await expect(close).toBeFocused();
  await keys.expectFocusVisible();
  await page.screenshot({ path: 'test-results/screens/keyboard-ja-terminal-left.png', fullPage: true });
  await page.keyboard.press('Enter');
  await expect(terminal).toHaveCount(0);
});
