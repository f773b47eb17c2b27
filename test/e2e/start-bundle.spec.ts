/**
 * Starting like a bare React page (issue #16): the window starts with Today's code only; the views
 * a user is likely to open next arrive while it is idle, the supervisor, trial summary (試行の集計),
 * data-protection and export views only when opened; the Japanese words of the other views with them; the English
 * catalogue only for an English user; no i18n library; dnd-kit on demand, without losing the first drag.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page, Route } from '@playwright/test';
import { en } from '../../shared/i18n/en.js';
import { ja } from '../../shared/i18n/ja.js';
import { LIKELY_CHUNKS } from '../../renderer/src/views/lazy-views.js';
import { seedExampleDay } from '../helpers/seed-day.js';
import { changeSettings, expect, ok, test } from './fixtures.js';

const DATE = '2026-11-25';

/** The names of the script chunks the page fetched ("today-view", "dnd", "i18n-ja-week"…, hash dropped). */
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
  await expect.poll(() => seen.includes('about-view'), { timeout: 15_000 }).toBe(true);
  // Prefetched views come with their words.
  expect(seen).toEqual(expect.arrayContaining(['report-view', 'week-view', 'settings-view', 'i18n-ja-week', 'i18n-ja-settings']));
  // …fetched and compiled, not run: as modulepreload links, so a view nobody opens holds no objects.
  const preloaded = await page.locator('head link[rel="modulepreload"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')));
  for (const name of ['report-view', 'week-view', 'settings-view', 'i18n-ja-week']) expect(preloaded.some((h) => h?.startsWith(`./assets/${name}-`)), name).toBe(true);
  expect(seen.filter((s) => ['export-view', 'supervisor-view', 'org-summary-view', 'data-view', 'i18n-ja-supervisor', 'i18n-ja-data', 'i18n-ja-orgView'].includes(s) || s.includes('-en'))).toEqual([]);
  // Drag and drop: not for a day planned by keyboard; fetched once a mouse comes over the timeline.
  expect(seen).not.toContain('dnd');
  await page.getByTestId('timeline').hover({ position: { x: 5, y: 5 } });
  await expect.poll(() => seen.includes('dnd')).toBe(true);

  // A prefetched view opened: shown from what is here, not fetched again.
  await page.locator('nav.app-nav a[href="#/report"]').click();
  await expect(page.locator('h2#report-title')).toBeVisible();
  expect(seen.filter((s) => s === 'report-view')).toHaveLength(1);
  await page.locator('nav.app-nav a[href="#/today"]').click();

  // Opened: fetched then, with its words, and shown.
  await page.locator('nav.app-nav a[href="#/supervisor"]').click();
  await expect(page.getByRole('heading', { level: 2, name: ja.supervisor.title })).toBeVisible();
  await expect(page.getByText(ja.supervisor.intro)).toBeVisible();
  expect(seen).toEqual(expect.arrayContaining(['supervisor-view', 'i18n-ja-supervisor']));
  expect(seen).not.toContain('org-summary-view');
  // 総務課's trial summary, beside it in the menu: its own chunk, fetched when opened.
  await page.locator('nav.app-nav a[href="#/org"]').click();
  await expect(page.getByRole('heading', { level: 2, name: ja.orgView.title })).toBeVisible();
  expect(seen).toContain('org-summary-view');
});

test('the start bundle holds no i18n library and no Japanese of the views that are not Today', async ({ page: _ }) => {
  const dir = path.resolve('dist/renderer');
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => path.join(dir, (m[1] ?? m[2])!));
  const start = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  expect(start).toContain(ja.day.addBlock); // Today's words are here…
  expect(start).toContain(ja.now.focusStart);
  // …not i18next (its name is in its own code and messages), nor another view's words.
  expect(/i18next/i.test(start)).toBe(false);
  // Today's parts the first paint does not need: the block editor and the side column below the first screen.
  expect(start.includes('block-start'), 'block editor').toBe(false);
  expect(start.includes('template-name'), 'templates').toBe(false);
  expect(/[`"']reminder-banner[`"']/.test(start), 'the banner of what is due').toBe(false);
  for (const text of [ja.supervisor.intro, ja.settings.save, ja.data.intro, ja.checklist.notTelework, ja.exports.title, ja.week.patternHelp, ja.setup.save, ja.cli.conflict, ja.tray.open]) expect(start.includes(text), text).toBe(false);
  // What is due and its log, and the trial's words: with the banner, Today's side column and the trial's line, not at start.
  for (const text of [ja.reminders.log, ja.reminders.snooze, ja.trial.removed]) expect(start.includes(text), text).toBe(false);
  // The idle prefetch's list of later chunks names every view it fetches (else it would import, and run, them).
  const later = JSON.parse(/<script type="application\/json" id="later-chunks">([^<]*)<\/script>/.exec(html)![1]!) as Record<string, string[]>;
  for (const name of [...LIKELY_CHUNKS, 'i18n-ja-week', 'i18n-en-week']) {
    expect(later[name], name).toBeDefined();
    for (const file of later[name]!) expect(fs.existsSync(path.join(dir, file)) && !files.includes(path.join(dir, file)), file).toBe(true);
  }
  // The budget of issue #16 (the bench prints it beside the floor's).
  const gzip = files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length, 0);
  expect(gzip).toBeLessThanOrEqual(90_000);
});

test("Today's block editor and the side column below the first screen come after the first paint; an editor asked for before its code arrived takes the focus when it does", async ({ page, techo }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedExampleDay(techo.api, DATE);
  const seen = scripts(page);
  // The editor's chunk is held until the keyboard has asked for it.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let asked = false;
  await page.route(/\/assets\/block-editor-[\w-]{8}\.js$/, async (route: Route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await techo.open('today');
  // Fetched as Today mounts, shown together below 勤務の記録: the timer, the work style, templates.
  await expect(page.getByRole('group', { name: ja.day.template })).toBeAttached();
  expect(seen).toContain('today-more');
  await expect(page.getByRole('button', { name: '終業を記録' })).toBeInViewport();
  await page.locator('#add-block').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => asked).toBe(true);
  release();
  await expect(page.getByLabel(ja.day.start, { exact: true })).toBeFocused();
  await expect(page.getByLabel(ja.day.start, { exact: true })).toHaveValue('09:00');
});

test('the validation messages are not fetched at start; the first wrongly typed time in 勤務の記録 fetches them and shows its message', async ({ page, techo }) => {
  const seen = scripts(page);
  await techo.open('today');
  await page.getByRole('button', { name: '中抜けを追加' }).click();
  expect(seen).not.toContain('i18n-ja-validation');
  await page.getByRole('button', { name: '中抜けを保存' }).click(); // no start time
  await expect(page.getByLabel('中抜けの開始')).toHaveAccessibleDescription(ja.v.time);
  expect(seen).toContain('i18n-ja-validation');
});

test('the first screen asks main nothing: the page carries its start data; a page without it asks once, app:start', async ({ page, techo }) => {
  await seedExampleDay(techo.api, DATE);
  // Every request main answers (the preview serving index.html and whatever the page asks go through this router).
  const asked: string[] = [];
  const router = techo.app.router;
  const dispatch = router.dispatch.bind(router);
  router.dispatch = (channel, payload) => (asked.push(String(channel)), dispatch(channel, payload));
  const first = ['app:start', 'settings:get', 'app:info', 'app:now', 'day:get'];
  let served = 0;
  page.on('response', (r) => void (r.request().resourceType() === 'document' && served++));
  // Whether the window ever showed its loading line (読み込み中) in place of a view before the plan:
  // with the data in the page, the first thing drawn is the plan itself.
  await page.addInitScript(() => {
    const seen = { loading: false };
    (window as unknown as { __start: typeof seen }).__start = seen;
    new MutationObserver(() => void (document.querySelector('#main > [aria-busy="true"]') && (seen.loading = true))).observe(document, { childList: true, subtree: true });
  });
  await techo.open('today');
  await expect(page.locator('.blocks .block-body')).toHaveCount(7);
  expect(await page.evaluate(() => (window as unknown as { __start: { loading: boolean } }).__start.loading)).toBe(false);
  // One app:start: the preview's, for the page it served; the page itself made no start round trip.
  expect(served).toBe(1);
  expect(asked.filter((c) => first.includes(c))).toEqual(['app:start']);
  await expect(page.locator('#techo-start')).toHaveCount(0); // read, then removed

  // The same page without the block (as Electron's app:// serves it): it asks once, app:start, and draws
  // the plan when the answer is here — still no loading line first.
  await page.route(/\/$/, async (route) => {
    const res = await route.fetch();
    const html = (await res.text()).replace(/<script type="application\/json" id="techo-start">.*?<\/script>/s, '');
    await route.fulfill({ response: res, body: html });
  });
  asked.length = 0;
  await page.reload();
  await expect(page.locator('.blocks .block-body')).toHaveCount(7);
  expect(await page.evaluate(() => (window as unknown as { __start: { loading: boolean } }).__start.loading)).toBe(false);
  expect(asked.filter((c) => first.includes(c))).toEqual(['app:start', 'app:start']); // the preview's for the page, then the page's
});

test('an English user gets the English catalogue; switching back to Japanese needs nothing more', async ({ page, techo }) => {
  await ok(changeSettings(techo.api, (s) => ({ ...s, language: 'en' })));
  const seen = scripts(page);
  // Nothing Japanese is drawn first: the first render waits for the English words (recorded from before the page's scripts run).
  await page.addInitScript((word) => {
    const seen = { japanese: false };
    (window as unknown as { __words: typeof seen }).__words = seen;
    new MutationObserver(() => void (document.querySelector('nav.app-nav')?.textContent?.includes(word) && (seen.japanese = true))).observe(document, { childList: true, subtree: true, characterData: true });
  }, ja.nav.today);
  await techo.open('today');
  await expect(page.locator('nav.app-nav a[href="#/today"]')).toHaveText(en.nav.today);
  expect(await page.evaluate(() => (window as unknown as { __words: { japanese: boolean } }).__words.japanese)).toBe(false);
  expect(seen).toContain('start-catalogue-en');
  expect(seen.filter((s) => s.startsWith('i18n-en-supervisor'))).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await ok(changeSettings(techo.api, (s) => ({ ...s, language: 'ja' })));
  await expect(page.locator('nav.app-nav a[href="#/today"]')).toHaveText(ja.nav.today);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});

/**
 * Today of the example day with dnd-kit's chunk held back: the mouse goes onto 「計画書確認」 and presses
 * there (which fetches dnd-kit); once it has been asked for, it is let through and has arrived.
 * Returns where the press is.
 */
async function pressWhileDndArrives(page: Page, techo: { api: Parameters<typeof seedExampleDay>[0]; open: (view: string) => Promise<void> }) {
  await page.setViewportSize({ width: 1280, height: 1800 });
  await seedExampleDay(techo.api, DATE);
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let asked = false;
  await page.route(/\/assets\/dnd-[\w-]{8}\.js$/, async (route: Route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await techo.open('today');
  const box = (await page.getByRole('button', { name: /^15:00〜17:30 計画書確認/ }).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 10);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await expect.poll(() => asked).toBe(true);
  release();
  // dnd-kit is here once its hidden instructions are in the page; the press has been given to it again.
  await expect(page.locator('[id^="DndDescribedBy"]')).toHaveCount(1);
  return { x, y };
}

test('the first drag is not lost when dnd-kit is still on its way at the pointer-down', async ({ page, techo }) => {
  const { x, y } = await pressWhileDndArrives(page, techo);
  // The drag goes on from the press.
  await page.mouse.move(x, y + 8, { steps: 3 });
  await page.mouse.move(x, y + 24, { steps: 5 }); // 15 minutes down
  await page.mouse.up();
  await expect(page.getByRole('button', { name: /^15:15〜17:45 計画書確認/ })).toBeVisible();
});

test('a click pressed while dnd-kit arrives (the timeline is made anew under it) still opens what was clicked', async ({ page, techo }) => {
  // A tap: the pointer arrives and presses at once; dnd-kit (fetched by that) arrives before the release.
  await pressWhileDndArrives(page, techo);
  await page.mouse.up();
  await expect(page.getByRole('region', { name: ja.day.editBlock })).toBeVisible();
});
