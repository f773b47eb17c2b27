/**
 * Accessibility on every view, in Japanese and in English, with real content on screen: axe-core
 * (WCAG 2.0/2.1/2.2 A and AA) finds nothing, and no view scrolls sideways on a 1024×640 laptop.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { seedExampleDay } from '../helpers/seed-day.js';
import { changeSettings, expect, ok, test } from './fixtures.js';

const DATE = '2026-11-25';
const VIEWS = ['today', 'week', 'calendar', 'checklist', 'report', 'export', 'inventory', 'settings', 'data', 'supervisor', 'about'] as const;

/** Each violation as one readable line: the view, the rule and the first elements it names. */
async function axe(page: Page, what: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${what}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const language of ['ja', 'en'] as const) {
  test.describe(`accessibility (${language})`, () => {
    test.beforeEach(async ({ techo }) => {
      await seedExampleDay(techo.api, DATE);
      // A finished block (grey text), a running one and a 中抜け: the states whose colours differ.
      const day = await ok(techo.api.dayGet({ date: DATE }));
      const first = day.day.blocks.find((b) => b.start === '09:00')!;
      const { id, focus: _f, ...rest } = first;
      await ok(techo.api.daySaveBlock({ date: DATE, id, block: { ...rest, status: 'done' } }));
      if (language === 'en') await ok(changeSettings(techo.api, (s) => ({ ...s, language: 'en' })));
    });

    test(`axe finds no WCAG 2.2 AA violation on any view (${language})`, async ({ page, techo }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 1366, height: 768 });
      const found: string[] = [];
      for (const view of VIEWS) {
        await techo.open(view);
        found.push(...(await axe(page, view)));
      }
      // Open forms: the block editor and the 中抜け form on Today.
      await techo.open('today');
      await page.locator('.blocks .block-body').first().click();
      await expect(page.locator('#block-start')).toBeFocused();
      found.push(...(await axe(page, 'today + block editor')));
      await page.getByRole('button', { name: language === 'ja' ? '中抜けを追加' : /add time away/i }).click();
      found.push(...(await axe(page, 'today + 中抜け form')));
      // A confirmation open (前日の準備: an item's 削除).
      await techo.open('checklist');
      await page.locator('.checklist-items .confirm-delete button').first().click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      found.push(...(await axe(page, 'checklist + confirmation')));
      expect(found, found.join('\n')).toEqual([]);
    });

    // 1024×640, and 1280×720 at 150 % scaling (853×480 CSS pixels).
    test(`no view scrolls sideways at 1024×640 or 1280×720 at 150 % (${language})`, async ({ page, techo }) => {
      test.setTimeout(90_000);
      const wide: string[] = [];
      for (const [width, height] of [[1024, 640], [853, 480]] as const) {
        await page.setViewportSize({ width, height });
        for (const view of VIEWS) {
          await techo.open(view);
          const px = await sideways(page);
          if (px > 0) wide.push(`${view} at ${width}×${height}: ${px} px`);
        }
      }
      expect(wide, `views that scroll sideways: ${wide.join(', ')}`).toEqual([]);
    });
  });
}
