/**
 * A task's end state as the learner sees it, kept with the test's results and attached to its
 * report. The viewport, not the full page: a full-page capture stretches the console's fixed
 * top bar and flash messages out of place, so what the learner just saw goes missing.
 */
import type { Page, TestInfo } from '@playwright/test';

export async function taskScreenshot(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`${name}.png`);
  // Finite animations (a flash message fading in) are finished first, so the capture shows where they end.
  await page.screenshot({ path, animations: 'disabled' });
  await info.attach(name, { path, contentType: 'image/png' });
}
