/**
 * Beside the floor (issue #16): a bare Vite + React page of one component (built by
 * build/scripts/bench.mjs into dist/bench/floor) and our renderer (dist/bench/renderer, served by
 * the real preview server over the real app, Today of a 12-block day), loaded in turn in one run —
 * interleaved, a fresh browser context for every load — and compared by their medians: initial
 * JavaScript (gzip), time to the app's own UI, script time until then, and JS heap after load.
 * Then the first switch to every other view of ours, each in a fresh load.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { lookUpMachineBrowser } from '../../main/browser/machine-browser-lookup.js';
import { startPreviewServer } from '../../main/preview/preview-server.js';
import type { Bench } from './bench.js';
import { benchApp, call } from './bench-app.js';
import { RENDERER_DIR } from './renderer-bench.js';
import { fmtMs, summarize, table } from './stats.js';
import { BUSY_DATE, storeBusyDay } from './twelve-block-day.js';

export const FLOOR_DIR = 'dist/bench/floor';
const WARM_LOADS = 2;
const LOADS = Number(process.env.BENCH_FLOOR_LOADS) || 12;
/** After the app UI: time for idle work (Today's own chunks, prefetched views) before the heap is read. */
const SETTLE_MS = 1500;

// Budgets from issue #16 (ratios to the floor, measured in the same run).
const UI_RATIO = 1.3;
const SCRIPT_RATIO = 2;
const HEAP_RATIO = 1.5;
const INITIAL_JS_BUDGET_KB = 90;
const SWITCH_BUDGET_MS = 100;
/** First switches measured per view (each in a fresh context): the median is compared, so one slow sample on a shared machine does not decide. */
const SWITCH_SAMPLES = Number(process.env.BENCH_SWITCH_SAMPLES) || 3;

const verdict = (ok: boolean) => (ok ? 'met' : 'OVER');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The scripts index.html loads at once (entry and modulepreloads), gzip -9. */
export function initialJsGzip(dir: string): { bytes: number; files: number } {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => path.join(dir, (m[1] ?? m[2])!));
  return { bytes: files.reduce((s, f) => s + zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length, 0), files: files.length };
}

/** A static server for the floor page, answering like the preview does (no-store). */
function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(dir, rel);
    if (!file.startsWith(path.resolve(dir)) || !fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

/** Installed before the page's scripts: the moment `selector` has `count` matches in the DOM. */
function uiProbe([selector, count]: [string, number]) {
  const probe = { ui: -1 };
  (window as unknown as { __ui: typeof probe }).__ui = probe;
  const mo = new MutationObserver(() => {
    if (document.querySelectorAll(selector).length < count) return;
    mo.disconnect();
    probe.ui = performance.now();
  });
  mo.observe(document, { childList: true, subtree: true });
}

interface Sample {
  ui: number;
  script: number;
  heap: number;
}

/** One load in a fresh context: time to the UI, script time until then (CDP), heap after a GC once settled. */
async function loadOnce(browser: Browser, url: string, selector: string, count: number): Promise<Sample> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(uiProbe, [selector, count] as [string, number]);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __ui: { ui: number } }).__ui.ui >= 0, undefined, { timeout: 15_000, polling: 'raf' });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const script = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000;
    const ui = await page.evaluate(() => (window as unknown as { __ui: { ui: number } }).__ui.ui);
    await sleep(SETTLE_MS);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (errors.length) throw new Error(`page errors at ${url}: ${errors.join('; ')}`);
    return { ui, script, heap: usedSize };
  } finally {
    await context.close();
  }
}

/**
 * The first switch to each view, each in a fresh context: Today up and settled, then a click on
 * the view's menu link, until its heading has the focus (the app moves it there once the view is
 * shown) and the next frame.
 */
async function firstSwitches(browser: Browser, url: string): Promise<[string, number[]][]> {
  const out: [string, number[]][] = [];
  const probe = await browser.newContext();
  const first = await probe.newPage();
  await first.goto(url);
  const links = await first.locator('nav.app-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).filter((h) => h !== '#/today'));
  await probe.close();
  for (const href of links) {
    const samples: number[] = [];
    for (let n = 0; n < SWITCH_SAMPLES; n++) samples.push(await firstSwitch(browser, url, href));
    out.push([href.replace('#/', ''), samples]);
  }
  return out;
}

/** One first switch to `href` in a fresh context. */
async function firstSwitch(browser: Browser, url: string, href: string): Promise<number> {
  {
    const context: BrowserContext = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(url);
      await page.locator('ol.blocks > li.block').first().waitFor({ timeout: 15_000 });
      await sleep(SETTLE_MS); // the idle prefetch has had its chance, as for a user who looks before clicking
      const ms = await page.evaluate(
        (h) =>
          new Promise<number>((resolve) => {
            const t0 = performance.now();
            (document.querySelector(`nav.app-nav a[href="${h}"]`) as HTMLAnchorElement).click();
            const check = () => {
              const el = document.activeElement;
              if (el?.tagName === 'H2' && !document.querySelector('main [aria-busy="true"]')) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
              else if (performance.now() - t0 > 5000) resolve(Number.NaN);
              else requestAnimationFrame(check);
            };
            check();
          }),
        href,
      );
      return ms;
    } finally {
      await context.close();
    }
  }
}

export const floorBench: Bench = {
  name: 'beside the floor: a bare Vite + React page and Today (12 blocks), interleaved loads in fresh contexts',
  async run() {
    for (const dir of [FLOOR_DIR, RENDERER_DIR]) if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir} missing: run the bench through build/scripts/bench.mjs`);
    const found = lookUpMachineBrowser();
    if (!found.ok) return void console.log('skipped: no Chromium/Edge/Chrome on this machine');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'techo-bench-floor-'));
    const app = benchApp(dir, { now: () => new Date(2026, 10, 25, 10, 50).getTime() });
    await storeBusyDay(app, BUSY_DATE);
    // Someone who has done the first-run setup: a new folder would open on the setup, not the day.
    await call(app, 'settings:update', { ...(await call<object>(app, 'settings:get', undefined)), firstRun: 'done' });
    const ours = await startPreviewServer({ app, rendererDir: path.resolve(RENDERER_DIR) });
    const floor = await serveStatic(path.resolve(FLOOR_DIR));
    const browser = await chromium.launch({
      executablePath: found.browser.executablePath,
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        ...['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      ],
    });
    try {
      const f: Sample[] = [];
      const o: Sample[] = [];
      for (let i = 0; i < WARM_LOADS + LOADS; i++) {
        const a = await loadOnce(browser, floor.url, '[data-floor-ui]', 1);
        const b = await loadOnce(browser, ours.url, 'ol.blocks > li.block', 12);
        if (i < WARM_LOADS) continue;
        f.push(a);
        o.push(b);
      }
      const med = (s: Sample[], k: keyof Sample) => summarize(s.map((x) => x[k])).median;
      const fJs = initialJsGzip(FLOOR_DIR);
      const oJs = initialJsGzip(RENDERER_DIR);
      const rows: string[][] = [];
      const ratioRow = (name: string, k: keyof Sample, unit: (v: number) => string, budget: number) => {
        const r = med(o, k) / med(f, k);
        rows.push([name, unit(med(f, k)), unit(med(o, k)), `${r.toFixed(2)}×`, `<= ${budget}×: ${verdict(r <= budget)}`]);
      };
      rows.push(['initial JavaScript, gzip -9', `${kb(fJs.bytes)} (${fJs.files} files)`, `${kb(oJs.bytes)} (${oJs.files} files)`, `${(oJs.bytes / fJs.bytes).toFixed(2)}×`, `<= ${INITIAL_JS_BUDGET_KB} kB: ${verdict(oJs.bytes <= INITIAL_JS_BUDGET_KB * 1000)}`]);
      ratioRow(`time to app UI (n=${LOADS} each)`, 'ui', (v) => `${fmtMs(v)} ms`, UI_RATIO);
      ratioRow('script time until then (CDP ScriptDuration)', 'script', (v) => `${fmtMs(v)} ms`, SCRIPT_RATIO);
      ratioRow(`JS heap after load (${SETTLE_MS / 1000} s settled, after a GC)`, 'heap', (v) => `${(v / 1024 / 1024).toFixed(2)} MB`, HEAP_RATIO);
      console.log(table(['figure (medians)', 'floor', 'Telework Techo', 'ratio', 'budget'], rows));

      const switches = (await firstSwitches(browser, ours.url)).map(([v, ms]) => [v, summarize(ms.map((x) => (Number.isNaN(x) ? Infinity : x))).median, ms] as const);
      const worst = switches.reduce((w, s) => (!(s[1] <= w[1]) ? s : w), ['', 0, []] as readonly [string, number, number[]]);
      console.log('');
      console.log(
        table(
          [`first switch from Today to a view (click → its heading focused, next frame; n=${SWITCH_SAMPLES} fresh loads each)`, 'median', 'samples'],
          [
            ...switches.map(([v, med, ms]) => [v, fmtMs(med), ms.map(fmtMs).join(' ')]),
            [`worst median (${worst[0]})`, `${fmtMs(worst[1])}  <= ${SWITCH_BUDGET_MS} ms: ${verdict(worst[1] <= SWITCH_BUDGET_MS)}${Number.isFinite(worst[1]) ? '' : ' (not shown within 5 s)'}`, ''],
          ],
        ),
      );
      console.log(
        '\nThe floor: one React component (build/scripts/bench.mjs writes and builds it), served no-store like the preview. App UI: the floor\'s' +
          ' component, or Today with its 12 予定 in the DOM (main\'s data included), from navigation start. Script time: CDP ScriptDuration of the' +
          ' page when the UI is there. Heap: CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage, ' + `${SETTLE_MS} ms after the UI` +
          ' (Today\'s own chunks and the idle prefetch of views included). Loads alternate floor / ours, a fresh browser context each, after warm-up loads.',
      );
    } finally {
      await browser.close();
      await ours.close();
      await floor.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
