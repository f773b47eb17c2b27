/**
 * Which Chromium-family browser drives the PDF export outside Electron and the browser tests.
 * One order everywhere (tests, browser preview, command line):
 *   1. `CHROMIUM_PATH` — the user's explicit choice; if it names nothing, that is reported, not
 *      silently replaced by another browser (a typo would otherwise go unnoticed).
 *   2. Debian/Ubuntu's `chromium` (Linux, found on PATH) — what our CI and most contributors use.
 *   3. An installed Google Chrome or Microsoft Edge (the executables Playwright's `chrome` and
 *      `msedge` channels launch) — always there on the municipality's Windows PCs.
 *   4. Playwright's own Chromium (`npx playwright install chromium`), if it was downloaded.
 *
 * Pure apart from the injected environment, so every order can be tested with stand-in files.
 */
import path from 'node:path';
import type { BrowserChannel } from './browser-install-paths.js';
import { findOnPath } from './find-on-path.js';

export type BrowserSource = 'CHROMIUM_PATH' | 'system-chromium' | BrowserChannel | 'playwright-chromium';

export interface FoundBrowser {
  source: BrowserSource;
  executablePath: string;
}

export type BrowserLookup =
  | { ok: true; browser: FoundBrowser }
  /** `CHROMIUM_PATH` names no executable file. */
  | { ok: false; reason: 'override-missing'; path: string }
  | { ok: false; reason: 'none' };

export interface BrowserLookupEnvironment {
  platform: string;
  /** Environment variables: CHROMIUM_PATH and PATH are read. */
  env: Readonly<Record<string, string | undefined>>;
  /** Chrome and Edge install locations for this platform, in order (see browser-install-paths.ts). */
  installedBrowsers: readonly { channel: BrowserChannel; executablePath: string }[];
  /** Where Playwright's own Chromium would be for this playwright-core version, downloaded or not. */
  playwrightChromium: string | undefined;
  isExecutableFile(file: string): boolean;
}

/** Debian names it `chromium`; Ubuntu's transitional package and some other distributions `chromium-browser`. */
const SYSTEM_CHROMIUM_NAMES = ['chromium', 'chromium-browser'];

/** The sources in lookup order, for messages ("looked for, in order: …"). */
export const LOOKUP_ORDER: readonly BrowserSource[] = ['CHROMIUM_PATH', 'system-chromium', 'chrome', 'msedge', 'playwright-chromium'];

export function lookUpBrowser(e: BrowserLookupEnvironment): BrowserLookup {
  const found = (source: BrowserSource, executablePath: string): BrowserLookup => ({ ok: true, browser: { source, executablePath } });

  const override = e.env.CHROMIUM_PATH?.trim();
  if (override) return e.isExecutableFile(override) ? found('CHROMIUM_PATH', path.resolve(override)) : { ok: false, reason: 'override-missing', path: override };

  if (e.platform === 'linux') {
    const system = findOnPath(SYSTEM_CHROMIUM_NAMES, e.env.PATH, e.platform, e.isExecutableFile);
    if (system) return found('system-chromium', system);
  }

  const installed = e.installedBrowsers.find((b) => e.isExecutableFile(b.executablePath));
  if (installed) return found(installed.channel, installed.executablePath);

  if (e.playwrightChromium && e.isExecutableFile(e.playwrightChromium)) return found('playwright-chromium', e.playwrightChromium);
  return { ok: false, reason: 'none' };
}
