/**
 * PDF printing outside Electron (browser preview, command line, tests): drives a Chromium-family
 * browser already on the machine (found by main/browser/browser-lookup.ts: CHROMIUM_PATH, Debian's
 * chromium, Chrome or Edge, Playwright's own Chromium) through playwright-core. Nothing is
 * downloaded; without such a browser the PDF format reports that clearly. The page is printed
 * offline: every request but data: URLs is refused, and (as in the Electron printer) the report
 * page runs no JavaScript.
 *
 * Launching the browser and opening a page cost about 0.7 s of the 2 s budget for a 年度 PDF, so
 * one browser is launched on the first print and kept, with its pages, for the next ones; it is
 * closed after `idleMs` without a print (an idle Chromium holds memory) and relaunched if it crashed.
 */
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import type { BrowserLookup } from '../browser/browser-lookup.js';
import { lookUpMachineBrowser } from '../browser/machine-browser-lookup.js';
import { NoPdfEngineError, type PdfPrinter } from '../ports/pdf-printer.js';

export interface ChromiumPdfPrinterOptions {
  /**
   * Close the browser this long after the last print ends (default 60 s). 0 closes it as soon as
   * no print is running: a one-shot command line should not wait for the idle timer, because a
   * running browser keeps the Node process alive.
   */
  idleMs?: number;
  /**
   * Finds the browser before each print (default: the machine lookup, the same one `npm test`
   * uses), so a browser installed while the preview runs is picked up without a restart.
   */
  lookUp?: () => BrowserLookup;
}

interface Engine {
  browser: Browser;
  /** One offline, script-free context; each print has a page of its own in it (concurrent prints are fine). */
  context: BrowserContext;
  /**
   * Pages of earlier prints, blanked (no report stays loaded between prints). A new page starts
   * a cold renderer process; a kept one has its fonts and layout caches warm, which takes about
   * 0.5 s off a 年度 PDF on a 2-core machine.
   */
  idle: Page[];
}

const IDLE_PAGES = 2;

async function launch(executablePath: string): Promise<Engine> {
  const browser = await chromium.launch({
    executablePath,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    return { browser, context, idle: [] };
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}

export function createChromiumPdfPrinter(options: ChromiumPdfPrinterOptions = {}): PdfPrinter & { close(): Promise<void> } {
  const idleMs = options.idleMs ?? 60_000;
  const lookUp = options.lookUp ?? lookUpMachineBrowser;
  /** The launched (or launching) browser; shared, so two prints at once launch it only once. */
  let engine: Promise<Engine> | undefined;
  let running = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  const close = async () => {
    clearTimeout(idleTimer);
    const closing = engine;
    engine = undefined;
    const e = await closing?.catch(() => undefined);
    await e?.browser.close().catch(() => {});
  };

  const acquire = (executablePath: string): Promise<Engine> => {
    if (!engine) {
      const launching = launch(executablePath);
      engine = launching;
      launching.then(
        // A crashed or killed browser is forgotten, so the next print launches a new one.
        (e) => e.browser.on('disconnected', () => engine === launching && (engine = undefined)),
        () => engine === launching && (engine = undefined),
      );
    }
    return engine;
  };

  const printOnce = async (executablePath: string, html: string): Promise<Uint8Array> => {
    const e = await acquire(executablePath);
    let page = e.idle.pop();
    while (page?.isClosed()) page = e.idle.pop(); // a kept page whose renderer crashed was closed
    page ??= await e.context.newPage();
    page.once('crash', () => void page.close().catch(() => {}));
    let pdf: Uint8Array;
    try {
      await page.setContent(html, { waitUntil: 'load' });
      pdf = new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    } catch (error) {
      await page.close().catch(() => {});
      throw error;
    }
    // Not awaited: the caller has its PDF; the page is blanked and kept for the next print.
    page.goto('about:blank').then(
      () => (e.idle.length < IDLE_PAGES ? e.idle.push(page) : void page.close().catch(() => {})),
      () => void page.close().catch(() => {}),
    );
    return pdf;
  };

  return {
    async print(html) {
      const found = lookUp();
      if (!found.ok) throw new NoPdfEngineError(found.reason === 'override-missing' ? `CHROMIUM_PATH names no executable: ${found.path}` : 'no Chromium, Chrome or Edge found');
      const executablePath = found.browser.executablePath;
      clearTimeout(idleTimer);
      running++;
      try {
        try {
          return await printOnce(executablePath, html);
        } catch (error) {
          // The kept browser may have died between prints (or during this one): one retry on a fresh launch.
          const e = await engine?.catch(() => undefined);
          if (e?.browser.isConnected()) throw error;
          if (engine) await close();
          return await printOnce(executablePath, html);
        }
      } finally {
        running--;
        if (running === 0) {
          if (idleMs <= 0) await close();
          else {
            idleTimer = setTimeout(() => void close(), idleMs);
            idleTimer.unref?.(); // never the reason a process stays up (the browser's pipe is)
          }
        }
      }
    },
    close,
  };
}
