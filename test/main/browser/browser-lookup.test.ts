/**
 * The browser lookup's order (CHROMIUM_PATH → Debian/Ubuntu chromium on PATH → Chrome → Edge →
 * Playwright's Chromium) with real stand-in executables in a temp folder: every combination of the
 * five sources present or absent, checked by the same file test the app uses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserInstallPaths } from '../../../main/browser/browser-install-paths.js';
import { type BrowserLookupEnvironment, type BrowserSource, LOOKUP_ORDER, lookUpBrowser } from '../../../main/browser/browser-lookup.js';
import { findOnPath } from '../../../main/browser/find-on-path.js';
import { isExecutableFile } from '../../../main/browser/machine-browser-lookup.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();

/** A file that looks like a browser to the lookup: a real file with the execute bit. */
function standIn(file: string, mode = 0o755): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '#!/bin/sh\nexit 0\n', { mode });
  fs.chmodSync(file, mode); // the umask may have taken bits off
  return file;
}

/** Where each source's stand-in lives in the temp folder (Linux layout). */
function layout(dir: string) {
  return {
    CHROMIUM_PATH: path.join(dir, 'custom', 'my-chromium'),
    'system-chromium': path.join(dir, 'usr-bin', 'chromium'),
    chrome: path.join(dir, 'opt', 'google', 'chrome', 'chrome'),
    msedge: path.join(dir, 'opt', 'microsoft', 'msedge', 'msedge'),
    'playwright-chromium': path.join(dir, 'ms-playwright', 'chromium-1255', 'chrome-linux64', 'chrome'),
  } satisfies Record<BrowserSource, string>;
}

function environment(dir: string, present: readonly BrowserSource[], platform = 'linux'): BrowserLookupEnvironment {
  const at = layout(dir);
  for (const source of present) if (source !== 'CHROMIUM_PATH') standIn(at[source]);
  if (present.includes('CHROMIUM_PATH')) standIn(at.CHROMIUM_PATH);
  return {
    platform,
    env: {
      ...(present.includes('CHROMIUM_PATH') ? { CHROMIUM_PATH: at.CHROMIUM_PATH } : {}),
      // An empty folder first, as on a real PATH where most folders hold no chromium.
      PATH: [path.join(dir, 'empty'), path.dirname(at['system-chromium'])].join(':'),
    },
    installedBrowsers: [
      { channel: 'chrome', executablePath: at.chrome },
      { channel: 'msedge', executablePath: at.msedge },
    ],
    playwrightChromium: at['playwright-chromium'],
    isExecutableFile,
  };
}

/** Every subset of the five sources. */
const subsets: BrowserSource[][] = Array.from({ length: 2 ** LOOKUP_ORDER.length }, (_, mask) => LOOKUP_ORDER.filter((_s, i) => mask & (2 ** i)));

describe('browser lookup order', () => {
  it.each(subsets.map((s) => [s.join(' + ') || '(none)', s] as const))('present: %s', (_name, present) => {
    const dir = tempDir();
    const result = lookUpBrowser(environment(dir, present));
    const expected = LOOKUP_ORDER.find((s) => present.includes(s));
    if (expected) expect(result).toEqual({ ok: true, browser: { source: expected, executablePath: layout(dir)[expected] } });
    else expect(result).toEqual({ ok: false, reason: 'none' });
  });

  it('a CHROMIUM_PATH naming nothing is reported, not replaced by the next browser found', () => {
    const dir = tempDir();
    const e = environment(dir, ['system-chromium', 'chrome', 'playwright-chromium']);
    const missing = path.join(dir, 'typo', 'chromum');
    expect(lookUpBrowser({ ...e, env: { ...e.env, CHROMIUM_PATH: missing } })).toEqual({ ok: false, reason: 'override-missing', path: missing });
    // Empty or blank counts as not set.
    expect(lookUpBrowser({ ...e, env: { ...e.env, CHROMIUM_PATH: '  ' } })).toMatchObject({ ok: true, browser: { source: 'system-chromium' } });
  });

  it.skipIf(process.platform === 'win32')('a file without the execute bit, or a folder, is not a browser (skipped on Windows: no execute bit)', () => {
    const dir = tempDir();
    const e = environment(dir, ['msedge']);
    standIn(layout(dir)['system-chromium'], 0o644);
    fs.mkdirSync(layout(dir).chrome, { recursive: true });
    expect(lookUpBrowser(e)).toMatchObject({ ok: true, browser: { source: 'msedge' } });
  });

  it('chromium on PATH counts only on Linux (Windows and macOS: Chrome, Edge, Playwright)', () => {
    const dir = tempDir();
    for (const platform of ['win32', 'darwin']) {
      expect(lookUpBrowser(environment(dir, ['system-chromium', 'playwright-chromium'], platform))).toMatchObject({ ok: true, browser: { source: 'playwright-chromium' } });
    }
  });
});

describe('where Chrome and Edge install (the places Playwright channels look)', () => {
  it('Windows: per user, then Program Files of either bitness; Chrome before Edge', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\yamada\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };
    expect(browserInstallPaths('win32', env)).toEqual([
      { channel: 'chrome', executablePath: 'C:\\Users\\yamada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe' },
      { channel: 'chrome', executablePath: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe' },
      { channel: 'chrome', executablePath: 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe' },
      { channel: 'msedge', executablePath: 'C:\\Users\\yamada\\AppData\\Local\\Microsoft\\Edge\\Application\\msedge.exe' },
      { channel: 'msedge', executablePath: 'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe' },
      { channel: 'msedge', executablePath: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe' },
    ]);
    // Without the variables (a stripped service environment): the standard folders.
    expect(browserInstallPaths('win32', {}).map((b) => b.executablePath)).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  it('macOS and Linux: the fixed application paths', () => {
    expect(browserInstallPaths('darwin', {}).map((b) => b.executablePath)).toEqual([
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]);
    expect(browserInstallPaths('linux', {}).map((b) => b.executablePath)).toEqual(['/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge']);
    expect(browserInstallPaths('aix', {})).toEqual([]);
  });

  it('PATH search: first folder wins; Windows lists are ;-separated and try .exe', () => {
    const seen: string[] = [];
    const exists = (want: string) => (f: string) => (seen.push(f), f === want);
    expect(findOnPath(['chromium', 'chromium-browser'], '/a:/b', 'linux', exists('/b/chromium-browser'))).toBe('/b/chromium-browser');
    expect(seen).toEqual(['/a/chromium', '/a/chromium-browser', '/b/chromium', '/b/chromium-browser']);
    expect(findOnPath(['pdftotext'], 'C:\\poppler\\bin;C:\\Windows', 'win32', exists('C:\\poppler\\bin\\pdftotext.exe'))).toBe('C:\\poppler\\bin\\pdftotext.exe');
    expect(findOnPath(['pdftotext'], undefined, 'linux', () => true)).toBeUndefined();
  });
});
