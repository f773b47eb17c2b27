/**
 * E2E fixtures: each test gets a temp data folder, the real main-process app on it (real conf
 * files, fake-able clock), the built renderer served by the real preview server, and a page whose
 * `window.techo` is bridged straight into the app's router (what the preload does in Electron).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { type MainApp, createApp } from '../../main/app/create-app.js';
import { createConfStoreFactory } from '../../main/adapters/conf-key-value-store.js';
import { createChromiumPdfPrinter } from '../../main/adapters/chromium-pdf-printer.js';
import { randomId } from '../../main/adapters/system-clock.js';
import { type PreviewServer, startPreviewServer } from '../../main/preview/preview-server.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { fakeTimers } from '../helpers/fake-timers.js';
import { type NotificationRequest, noPowerEvents } from '../../main/ports/notifier.js';
import type { TechoApi } from '../../shared/ipc/api.js';
import { ok, routerClient } from '../helpers/typed-client.js';
import { changeSettings } from '../helpers/settings.js';

const rendererDir = path.resolve('dist/renderer');
let bridgeScript: Promise<string> | undefined;
const bundleBridge = () =>
  (bridgeScript ??= build({ entryPoints: ['test/e2e/bridge-init.ts'], bundle: true, format: 'iife', write: false, target: 'chrome120' }).then(
    (r) => r.outputFiles[0]!.text,
  ));

export interface Techo {
  dir: string;
  app: MainApp;
  /**
   * The typed API the page has (the same buildApi), for the test's own calls into the current app
   * — seeding data, reading state: `await ok(techo.api.dayGet({ date }))`. It follows restart().
   */
  api: TechoApi;
  clock: ReturnType<typeof fakeClock>;
  /** The file the stand-in OS dialog returns next (null: the user cancels). */
  pickFile(path: string | null): void;
  /** URLs main posted to (integrations). */
  networkCalls: string[];
  /** What the scheduler asked the OS to show. */
  notifications: NotificationRequest[];
  /** Fake timers on that clock: `time.advance(ms)` runs the scheduler as real time would. */
  time: ReturnType<typeof fakeTimers>;
  server: PreviewServer;
  /**
   * Opens the app in the page on a view ("settings", "today/2026-11-23"), and returns once that
   * view is the one on screen (its menu item marked current) and nothing on it says 読み込み中.
   * A hash change does not reload the page: without this wait, the next step could act on the
   * view that was there before.
   */
  open(view?: string): Promise<void>;
  /** Stops the app and starts a new one on the same data folder, then reloads the page. */
  restart(): Promise<void>;
  errors: unknown[];
}

/** Chromium's CPU made `rate`× slower from now on (DevTools' throttling), as on a slow loaned laptop. */
export async function slowCpu(page: Page, rate: number) {
  await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
}

async function bridge(page: Page, getApp: () => MainApp) {
  await page.exposeBinding('__techoInvoke', (_source, channel: unknown, payload: unknown) => getApp().router.dispatch(channel, payload));
  await page.addInitScript({ content: await bundleBridge() });
}

export const test = base.extend<{ techo: Techo; setUp: boolean; pdf: boolean }>({
  /**
   * Whether the data folder starts as someone's who has done the first-run setup (the default, so a
   * spec about one feature opens on that feature), or truly new: `test.use({ setUp: false })`.
   */
  setUp: [true, { option: true }],
  /** Whether main can print PDFs, with the machine's browser (as the preview does): `test.use({ pdf: true })`. */
  pdf: [false, { option: true }],
  techo: async ({ page, setUp, pdf }, use) => {
    if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error('run `npm run build` first');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'techo-e2e-'));
    const clock = fakeClock();
    const time = fakeTimers(clock);
    const errors: unknown[] = [];
    // Stands in for the OS: records each notification and reports it shown.
    const notifications: NotificationRequest[] = [];
    const notifier = { show: (n: NotificationRequest) => (notifications.push(n), true) };
    // The only door to the network: every call is recorded (none is expected unless a test turns an integration on).
    const networkCalls: string[] = [];
    const poster = { post: async (url: string) => (networkCalls.push(url), 200) };
    // Stands in for the OS file dialog: the test says which file the user picks.
    let picked: string | null = null;
    const filePicker = { pickPdf: async () => picked };
    const make = () =>
      createApp({
        stores: createConfStoreFactory(dir),
        clock,
        timers: time.timers,
        notifier,
        poster,
        filePicker,
        ...(pdf ? { pdfPrinter: createChromiumPdfPrinter({ idleMs: 0 }) } : {}),
        power: noPowerEvents,
        logger: { error: (_m, e) => errors.push(e), info() {} },
        shell: 'preview',
        version: '0.0.0-e2e',
        newId: randomId,
      });
    let app = make();
    // Seeded as someone's who finished the setup with the defaults (a new folder would show it).
    if (setUp) await ok(changeSettings(routerClient(app), (s) => ({ ...s, firstRun: 'done' })));
    let stop = app.start();
    const forward = (a: MainApp) =>
      a.bus.subscribe((event, payload) => void page.evaluate(([e, p]) => window.__techoEmit(e as never, p), [event, payload] as const).catch(() => {}));
    let unforward = forward(app);
    await bridge(page, () => app);
    // TECHO_CPU=4: every journey on a slow loaned laptop (docs/testing.md).
    if (process.env.TECHO_CPU) {
      const rate = Number(process.env.TECHO_CPU);
      if (!(rate >= 1)) throw new Error(`TECHO_CPU takes how many times slower the CPU is, a number of 1 or more (e.g. TECHO_CPU=4), not "${process.env.TECHO_CPU}"`);
      await slowCpu(page, rate);
    }
    // The page carries the start data of the app of the moment (restart() replaces it); events reach
    // the page through the bridge, not the server's stream.
    const server = await startPreviewServer({
      app: {
        get router() {
          return app.router;
        },
        bus: app.bus,
      },
      rendererDir,
    });
    // Read at each call: restart() replaces the app.
    const api = routerClient({
      get router() {
        return app.router;
      },
      get bus() {
        return app.bus;
      },
    });
    page.on('pageerror', (e) => errors.push(e));
    const techo: Techo = {
      dir,
      get app() {
        return app;
      },
      api,
      clock,
      notifications,
      networkCalls,
      pickFile: (p) => {
        picked = p;
      },
      time,
      server,
      errors,
      async open(view = 'settings') {
        await page.goto(`${server.url}#/${view}`);
        await expect(page.locator(`nav.app-nav a[href="#/${view.split('/')[0]}"]`)).toHaveAttribute('aria-current', 'page');
        await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
      },
      async restart() {
        unforward();
        stop();
        app = make();
        stop = app.start();
        unforward = forward(app);
        await page.reload();
      },
    };
    await use(techo);
    unforward();
    stop();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
export { ok, refused } from '../helpers/typed-client.js';
export { changeSettings } from '../helpers/settings.js';
