/**
 * PDF printing outside Electron (browser preview, command line, tests): drives a Chromium-family
 * browser already on the machine — Chromium on Linux, Edge or Chrome on Windows, Chrome on macOS —
 * through playwright-core. Nothing is downloaded; without such a browser the PDF format reports
 * that clearly. The page is printed offline: every network request is refused.
 */
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { NoPdfEngineError, type PdfPrinter } from '../ports/pdf-printer.js';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findBrowser(): string | undefined {
  return CANDIDATES.find((p): p is string => typeof p === 'string' && p !== '' && fs.existsSync(p));
}

export function createChromiumPdfPrinter(): PdfPrinter {
  return {
    async print(html) {
      const executablePath = findBrowser();
      if (!executablePath) throw new NoPdfEngineError();
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
        const page = await browser.newPage();
        await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
        await page.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
      } finally {
        await browser.close();
      }
    },
  };
}
