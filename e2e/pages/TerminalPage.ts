/**
 * The terminal as a learner uses it: open it, type a line, read what it printed.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class TerminalPage {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Terminal' });
  }

  async open(): Promise<this> {
    await this.page.goto('/?lang=en');
    await this.page.getByRole('button', { name: 'Open terminal' }).click();
    await expect(this.region).toContainText('KMS Lab terminal');
    return this;
  }

  /** Types a line into the terminal and presses Enter. */
  async run(line: string): Promise<void> {
    await this.region.click();
    await this.page.keyboard.type(line);
    await this.page.keyboard.press('Enter');
  }

  /** Everything the terminal shows, one string (xterm.js draws rows as DOM text). */
  async screen(): Promise<string> {
    return (await this.region.locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ');
  }
}
