/**
 * The browser lookup (browser-lookup.ts) on this machine: its platform, environment, files and the
 * playwright-core installed beside the app. Used by the PDF printer (preview, command line), the
 * `npm test` set-up step and playwright.config.ts, so all three find the same browser.
 */
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { browserInstallPaths } from './browser-install-paths.js';
import { type BrowserLookup, type BrowserLookupEnvironment, lookUpBrowser } from './browser-lookup.js';

/** A regular file this process may execute (on Windows, where there is no execute bit: that it exists). */
export function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightChromiumPath(): string | undefined {
  try {
    // Honours PLAYWRIGHT_BROWSERS_PATH; returns the path whether or not the browser was downloaded.
    return chromium.executablePath();
  } catch {
    return undefined; // a platform Playwright ships no Chromium for
  }
}

export function machineBrowserEnvironment(env: NodeJS.ProcessEnv = process.env): BrowserLookupEnvironment {
  return {
    platform: process.platform,
    env,
    installedBrowsers: browserInstallPaths(process.platform, env),
    playwrightChromium: playwrightChromiumPath(),
    isExecutableFile,
  };
}

export function lookUpMachineBrowser(): BrowserLookup {
  return lookUpBrowser(machineBrowserEnvironment());
}
