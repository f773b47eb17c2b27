/**
 * The idle prefetch's way of fetching a view without running it (later-chunks.ts): the files the
 * build lists for a chunk become <link rel=modulepreload> in the head, each once; a chunk the list
 * does not name (or a page without the list) is reported, so the caller imports it instead.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const LIST = {
  'report-view': ['assets/report-view-a.js', 'assets/download-b.js'],
  'week-view': ['assets/week-view-c.js', 'assets/download-b.js'],
  'i18n-ja-week': ['assets/i18n-ja-week-d.js'],
  'org-summary-view': ['assets/org-summary-view-e.js', 'assets/org-summary-view-f.css'],
};

/** A fresh module (it reads the list once) over a page with this block in it. */
async function fresh(block: string | null) {
  vi.resetModules();
  document.head.innerHTML = block === null ? '' : `<script type="application/json" id="later-chunks">${block}</script>`;
  return import('../../renderer/src/later-chunks.js');
}

/** The preload links in the head, as their href attributes. */
const links = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));

/** Lets each link "arrive" (jsdom fetches nothing): its load event, as the browser fires it. */
function arriveAll() {
  for (const l of document.head.querySelectorAll('link')) l.dispatchEvent(new Event('load'));
}

beforeEach(() => (document.head.innerHTML = ''));
afterEach(() => (document.head.innerHTML = ''));

describe('preloadChunks', () => {
  it('hands a chunk and what it imports to the browser as modulepreload links, and settles when they are here', async () => {
    const { preloadChunks } = await fresh(JSON.stringify(LIST));
    let done = false;
    const p = preloadChunks(['report-view', 'i18n-ja-week']).then((listed) => ((done = true), listed));
    expect(links()).toEqual(['./assets/report-view-a.js', './assets/download-b.js', './assets/i18n-ja-week-d.js']);
    await Promise.resolve();
    expect(done).toBe(false);
    arriveAll();
    expect(await p).toBe(true);
  });

  it('fetches a file two chunks share once', async () => {
    const { preloadChunks } = await fresh(JSON.stringify(LIST));
    const a = preloadChunks(['report-view']);
    const b = preloadChunks(['week-view']);
    arriveAll();
    await Promise.all([a, b]);
    expect(links()).toEqual(['./assets/report-view-a.js', './assets/download-b.js', './assets/week-view-c.js']);
  });

  it('settles too when a file could not be fetched (the import on a click says why)', async () => {
    const { preloadChunks } = await fresh(JSON.stringify(LIST));
    const p = preloadChunks(['week-view']);
    for (const l of document.head.querySelectorAll('link')) l.dispatchEvent(new Event('error'));
    expect(await p).toBe(true);
  });

  it("preloads a chunk's style sheet as a style, and its scripts as modules", async () => {
    const { preloadChunks } = await fresh(JSON.stringify(LIST));
    void preloadChunks(['org-summary-view']);
    const kinds = [...document.head.querySelectorAll<HTMLLinkElement>('link')].map((l) => [l.getAttribute('href'), l.getAttribute('rel'), l.getAttribute('as')]);
    expect(kinds).toEqual([
      ['./assets/org-summary-view-e.js', 'modulepreload', null],
      ['./assets/org-summary-view-f.css', 'preload', 'style'],
    ]);
  });

  it('does not hold the prefetch up when the browser never reports a link (it gives up after 10 s)', async () => {
    vi.useFakeTimers();
    try {
      const { preloadChunks } = await fresh(JSON.stringify(LIST));
      let listed: boolean | undefined;
      void preloadChunks(['week-view']).then((l) => (listed = l));
      await vi.advanceTimersByTimeAsync(9_000);
      expect(listed).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(listed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says false, and adds nothing, for a chunk the list does not name, a page without the list, or an unreadable one', async () => {
    for (const block of [JSON.stringify(LIST), null, '{not json', '"a string"']) {
      const { preloadChunks } = await fresh(block);
      const names = block === JSON.stringify(LIST) ? ['report-view', 'settings-view'] : ['report-view'];
      expect(await preloadChunks(names), String(block)).toBe(false);
      expect(links()).toEqual([]);
    }
  });
});
