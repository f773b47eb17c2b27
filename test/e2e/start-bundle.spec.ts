/**
 * Starting like a bare React page (issue #16): the window starts with Today's code only; the views
 * a user is likely to open next arrive while it is idle, the supervisor, trial summary (試行の集計),
 * data-protection and export views only when opened; the English catalogue only for an English user; dnd-kit on demand,
 * without losing the first drag.
 */
import type { Page, Route } from '@playwright/test';
import { en } from '../../shared/i18n/en.js';
import { ja } from '../../shared/i18n/ja.js';
import { seedExampleDay } from '../helpers/seed-day.js';
import { changeSettings, expect, ok, test } from './fixtures.js';

const DATE = '2026-11-25';

/** The names of the script chunks the page fetched ("today-view", "dnd", "en"…, hash dropped). */
function scripts(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const m = /\/assets\/(.+)-[\w-]{8}\.js$/.exec(r.url());
    if (m) seen.push(m[1]!);
  });
  return seen;
}

test('Today starts without the other views; the likely ones come when idle, export, supervisor, trial summary and data only when opened', async ({ page, techo }) => {
  await seedExampleDay(techo.api, DATE);
  const seen = scripts(page);
  await techo.open('today');
  await expect(page.locator('.blocks .block-body')).toHaveCount(7);
  // The idle prefetch ends with the about view.
  await expect.poll(() => seen.includes('about-view'), { timeout: 10_000 }).toBe(true);
  expect(seen).toEqual(expect.arrayContaining(['report-view', 'week-view', 'settings-view', 'dnd']));
  expect(seen.filter((s) => ['export-view', 'supervisor-view', 'org-summary-view', 'data-view', 'en'].includes(s))).toEqual([]);

  // Opened: fetched then, and shown.
  await page.locator('nav.app-nav a[href="#/supervisor"]').click();
  await expect(page.getByRole('heading', { level: 2, name: ja.supervisor.title })).toBeVisible();
  expect(seen).toContain('supervisor-view');
  expect(seen).not.toContain('org-summary-view');
  // 総務課's trial summary, beside it in the menu: its own chunk, fetched when opened.
  await page.locator('nav.app-nav a[href="#/org"]').click();
  await expect(page.getByRole('heading', { level: 2, name: ja.orgView.title })).toBeVisible();
  expect(seen).toContain('org-summary-view');
});

test('the first screen asks main for its data once: app:start, not settings, info, clock and day one by one', async ({ page, techo }) => {
  await seedExampleDay(techo.api, DATE);
  // Every request main answers (whichever transport the page uses goes through this router).
  const asked: string[] = [];
  const router = techo.app.router;
  const dispatch = router.dispatch.bind(router);
  router.dispatch = (channel, payload) => (asked.push(String(channel)), dispatch(channel, payload));
  await techo.open('today');
  await expect(page.locator('.blocks .block-body')).toHaveCount(7);
  expect(asked.filter((c) => ['app:start', 'settings:get', 'app:info', 'app:now', 'day:get'].includes(c))).toEqual(['app:start']);
});

test('an English user gets the English catalogue; switching back to Japanese needs nothing more', async ({ page, techo }) => {
  await ok(changeSettings(techo.api, (s) => ({ ...s, language: 'en' })));
  const seen = scripts(page);
  await techo.open('today');
  await expect(page.locator('nav.app-nav a[href="#/today"]')).toHaveText(en.nav.today);
  expect(seen).toContain('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await ok(changeSettings(techo.api, (s) => ({ ...s, language: 'ja' })));
  await expect(page.locator('nav.app-nav a[href="#/today"]')).toHaveText(ja.nav.today);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});

test('the first drag is not lost when dnd-kit is still on its way at the pointer-down', async ({ page, techo }) => {
  await page.setViewportSize({ width: 1280, height: 1800 });
  await seedExampleDay(techo.api, DATE);
  // dnd-kit's chunk is held until the button is down.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let asked = false;
  await page.route(/\/assets\/dnd-[\w-]{8}\.js$/, async (route: Route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await techo.open('today');
  const plan = page.getByRole('button', { name: /^15:00〜17:30 計画書確認/ });
  const box = (await plan.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 10);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await expect.poll(() => asked).toBe(true);
  release();
  // Once dnd-kit is here (its hidden instructions are in the page) the press is given to it again; the drag goes on from there.
  await expect(page.locator('[id^="DndDescribedBy"]')).toHaveCount(1);
  await page.mouse.move(x, y + 8, { steps: 3 });
  await page.mouse.move(x, y + 24, { steps: 5 }); // 15 minutes down
  await page.mouse.up();
  await expect(page.getByRole('button', { name: /^15:15〜17:45 計画書確認/ })).toBeVisible();
});
