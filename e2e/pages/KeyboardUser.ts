/**
 * A learner who uses only the keyboard: Tab / Shift+Tab between controls, arrows inside menus,
 * tabs and radio groups, Enter and Space to act. No clicks anywhere. Every stop is checked for a
 * visible focus indicator, so a control that takes focus invisibly fails as surely as one that
 * cannot be reached.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** How far a learner is asked to tab before we call a control unreachable. */
const MAX_PRESSES = 80;

export class KeyboardUser {
  constructor(readonly page: Page) {}

  /** Presses `key` until `target` holds focus; fails when it never does. */
  async moveTo(target: Locator, key: 'Tab' | 'Shift+Tab' | 'ArrowDown' | 'ArrowUp' | 'ArrowRight' | 'ArrowLeft' = 'Tab'): Promise<void> {
    for (let i = 0; i < MAX_PRESSES && !(await isFocused(target)); i++) await this.page.keyboard.press(key);
    await expect(target, `not reachable with ${key}`).toBeFocused();
    await this.expectFocusVisible();
  }

  /** Moves to the control and presses Enter (buttons, links, menu items). */
  async activate(target: Locator, key: Parameters<KeyboardUser['moveTo']>[1] = 'Tab'): Promise<void> {
    await this.moveTo(target, key);
    await this.page.keyboard.press('Enter');
  }

  /** Moves to a checkbox and toggles it with Space. */
  async toggle(target: Locator): Promise<void> {
    await this.moveTo(target);
    await this.page.keyboard.press('Space');
  }

  /** Moves to a text field, clears it and types. */
  async type(target: Locator, text: string): Promise<void> {
    await this.moveTo(target);
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.type(text);
  }

  /**
   * The focused control shows a focus indicator: an outline or a focus ring (Cloudscape draws
   * it as a box-shadow, often on ::before, or on the styled box beside a native checkbox), or,
   * in a menu, the highlighted item's frame.
   */
  async expectFocusVisible(): Promise<void> {
    const described = await this.page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return { ring: false, what: 'nothing (body)' };
      const drawn = (e: Element | null) => !!e && [null, '::before', '::after'].some((pseudo) => {
        const s = getComputedStyle(e, pseudo);
        return (s.boxShadow !== 'none' && !s.boxShadow.includes(' 0px 0px 0px 0px')) || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0);
      });
      // A highlighted menu item is framed by its list item's border instead.
      const framed = (e: Element | null) => !!e && parseFloat(getComputedStyle(e).borderTopWidth) >= 2 && getComputedStyle(e).borderTopStyle === 'solid'
        && !getComputedStyle(e).borderTopColor.endsWith(', 0)');
      const near = [el, el.nextElementSibling, el.parentElement, el.parentElement?.nextElementSibling ?? null];
      const ring = near.some(drawn) || (!!el.closest('[role=menu]') && framed(el.parentElement));
      return { ring: el.matches(':focus-visible') && ring, what: `${el.tagName} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 60) ?? ''}` };
    });
    expect(described.ring, `no visible focus on ${described.what}`).toBe(true);
  }

  /** Tabbing forward and back from inside `container` never leaves it (a modal dialog traps focus). */
  async expectFocusTrappedIn(container: Locator): Promise<void> {
    for (const key of ['Tab', 'Shift+Tab'] as const) {
      for (let i = 0; i < 12; i++) {
        await this.page.keyboard.press(key);
        expect(await container.evaluate((c) => c.contains(document.activeElement)), `${key} left the dialog`).toBe(true);
      }
    }
  }
}

/** Whether `target` is the focused element now (no waiting: the caller presses keys until it is). */
async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluateAll((els) => els.some((e) => e === document.activeElement));
}
