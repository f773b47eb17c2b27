/**
 * The idle prefetch of the likely views (lazy-views.tsx, issue #16): with the build's list of later
 * chunks in the page, their code is handed to the browser to fetch and compile, and none of the view
 * modules runs until a view is opened; without the list (the dev server) they are imported instead.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, expect, it, vi } from 'vitest';
import { PARTS } from '../../renderer/src/catalogues.js';
import { createRendererI18n } from '../../renderer/src/i18n.js';

/** Which view modules have run (each mock below records its own evaluation). */
const ran = vi.hoisted(() => new Set<string>());
vi.mock('../../renderer/src/views/today/block-editor.js', () => (ran.add('block-editor'), { BlockEditor: () => null }));
vi.mock('../../renderer/src/components/reminder-banner.js', () => (ran.add('reminder-banner'), { ReminderBanner: () => null, ReminderLogList: () => null }));
vi.mock('../../renderer/src/views/report-view.js', () => (ran.add('report-view'), { ReportView: () => null }));
vi.mock('../../renderer/src/views/day-review-view.js', () => (ran.add('day-review-view'), { DayReviewView: () => null }));
vi.mock('../../renderer/src/views/week-view.js', () => (ran.add('week-view'), { WeekView: () => null }));
vi.mock('../../renderer/src/views/checklist-view.js', () => (ran.add('checklist-view'), { ChecklistView: () => null }));
vi.mock('../../renderer/src/views/settings-view.js', () => (ran.add('settings-view'), { SettingsView: () => null }));
vi.mock('../../renderer/src/views/calendar-view.js', () => (ran.add('calendar-view'), { CalendarView: () => null }));
vi.mock('../../renderer/src/views/inventory-view.js', () => (ran.add('inventory-view'), { InventoryView: () => null }));
vi.mock('../../renderer/src/views/about-view.js', () => (ran.add('about-view'), { AboutView: () => null }));

afterEach(() => {
  vi.useRealTimers();
  document.head.innerHTML = '';
  ran.clear();
});

/** Runs the idle prefetch to its end over a page with (or without) a list of later chunks; every link "arrives". */
async function prefetchAll(list: Record<string, string[]> | null, done: (likely: readonly string[]) => boolean): Promise<string[]> {
  vi.resetModules();
  // Only the timers the prefetch waits on (its idle fallback) are fake; module loading stays real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  if (list) document.head.innerHTML = `<script type="application/json" id="later-chunks">${JSON.stringify(list)}</script>`;
  const arrive = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof HTMLLinkElement) queueMicrotask(() => n.dispatchEvent(new Event('load')));
  });
  arrive.observe(document.head, { childList: true });
  const { LIKELY_CHUNKS, prefetchViewsWhenIdle } = await import('../../renderer/src/views/lazy-views.js');
  const stop = prefetchViewsWhenIdle(createRendererI18n('ja'));
  for (let i = 0; i < 400 && !done(LIKELY_CHUNKS); i++) {
    await vi.advanceTimersByTimeAsync(250);
    await sleep(10); // real time: the imports are transformed and loaded meanwhile
  }
  // A little longer: nothing more may happen once it is done.
  for (let i = 0; i < 4; i++) await vi.advanceTimersByTimeAsync(250);
  stop();
  arrive.disconnect();
  return [...LIKELY_CHUNKS];
}

function linked() {
  return  [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));
}

it('fetches every likely view and its words without running any of them when the page lists the chunks', async () => {
  const { LIKELY_CHUNKS } = await import('../../renderer/src/views/lazy-views.js');
  const names = [...LIKELY_CHUNKS, ...Object.keys(PARTS).map((p) => `i18n-ja-${p}`)];
  const likely = await prefetchAll(Object.fromEntries(names.map((n) => [n, [`assets/${n}-x.js`]])), (l) => l.every((n) => linked().includes(`./assets/${n}-x.js`)));
  expect(likely).toEqual(['block-editor', 'reminder-banner', 'report-view', 'day-review-view', 'week-view', 'checklist-view', 'settings-view', 'calendar-view', 'inventory-view', 'about-view']);
  expect([...ran]).toEqual([]);
  expect(linked()).toEqual(expect.arrayContaining([...likely.map((n) => `./assets/${n}-x.js`), './assets/i18n-ja-week-x.js', './assets/i18n-ja-settings-x.js']));
  // English words are not fetched for a Japanese user.
  expect(linked().filter((h) => h?.includes('i18n-en-'))).toEqual([]);
});

it('imports (and so runs) them when the page has no list, as the dev server serves it', async () => {
  const likely = await prefetchAll(null, (l) => l.every((n) => ran.has(n)));
  expect([...ran].sort()).toEqual([...likely].sort());
  expect(linked()).toEqual([]);
});
