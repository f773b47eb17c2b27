import { type Locator, type Page, expect } from '@playwright/test';

/** Presses Tab until `target` has focus (proving it is reachable by keyboard), at most `max` times. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `not reachable with Tab within ${max} presses`).toBeFocused();
}

/** Replaces the focused field's text the way a keyboard user would. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** The app's own status line (dnd-kit adds a live region of its own with the same role). */
export const status = (page: Page): Locator => page.locator('p.status-text[role=status], p.error-text[role=status]');
