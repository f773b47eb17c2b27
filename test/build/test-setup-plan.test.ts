/**
 * What the `npm test` set-up step decides, for each kind of machine: install (root on Debian/Ubuntu),
 * stop with one message saying what to run, or go on (noting optional tools that are missing).
 */
import { describe, expect, it } from 'vitest';
import type { BrowserLookup } from '../../main/browser/browser-lookup.js';
import { type SetupFacts, planTestSetup } from '../../build/test-setup/test-setup-plan.js';
import { type PackageProbe, SYSTEM_PACKAGES, missingPackages } from '../../build/test-setup/system-packages.js';

const none: BrowserLookup = { ok: false, reason: 'none' };
const chromium: BrowserLookup = { ok: true, browser: { source: 'system-chromium', executablePath: '/usr/bin/chromium' } };
const byName = (...names: string[]) => SYSTEM_PACKAGES.filter((p) => names.includes(p.apt));
const debian = (over: Partial<SetupFacts>): SetupFacts => ({ platform: 'linux', isRoot: false, isDebian: true, isUbuntu: false, browser: none, missing: SYSTEM_PACKAGES, ...over });

describe('npm test set-up plan', () => {
  it('root on Debian: installs exactly what is missing, in the list order', () => {
    expect(planTestSetup(debian({ isRoot: true }), { install: true })).toEqual({ kind: 'install', packages: ['chromium', 'fonts-ipafont-gothic', 'poppler-utils', 'libreoffice-calc', 'cmark-gfm', 'python3-icalendar', 'python3-jsonschema'] });
    expect(planTestSetup(debian({ isRoot: true, browser: chromium, missing: byName('libreoffice-calc') }), { install: true })).toEqual({ kind: 'install', packages: ['libreoffice-calc'] });
    // Ubuntu names its Chromium deb differently.
    expect(planTestSetup(debian({ isRoot: true, isUbuntu: true, missing: byName('chromium') }), { install: true })).toEqual({ kind: 'install', packages: ['chromium-browser'] });
  });

  it('not root on Debian, no browser: stops with one bilingual message naming the one command to run', () => {
    const plan = planTestSetup(debian({}), { install: true });
    expect(plan.kind).toBe('fail');
    const message = plan.kind === 'fail' ? plan.message : '';
    expect(message).toMatch(/^npm test: テスト用のブラウザーが見つかりません \/ no browser for the tests was found\.\n/);
    expect(message).toContain('\n    sudo apt-get install -y chromium fonts-ipafont-gothic poppler-utils libreoffice-calc cmark-gfm python3-icalendar python3-jsonschema\n');
    expect(message).toContain("looked for, in order: CHROMIUM_PATH, Debian/Ubuntu chromium on PATH, Google Chrome, Microsoft Edge, Playwright's Chromium");
  });

  it('after an install (or where installing is not this step\'s job) it does not install again', () => {
    const plan = planTestSetup(debian({ isRoot: true, missing: byName('chromium') }), { install: false });
    expect(plan).toEqual({ kind: 'fail', message: expect.stringContaining('\n    apt-get install -y chromium\n') });
  });

  it.each([
    ['win32', 'Microsoft Edge or Google Chrome'],
    ['darwin', 'Microsoft Edge or Google Chrome'],
    ['linux', 'CHROMIUM_PATH='],
  ])('%s without apt (or not Debian): never installs; says to run npx playwright install chromium', (platform, alternative) => {
    const plan = planTestSetup({ platform, isRoot: true, isDebian: false, isUbuntu: false, browser: none, missing: byName('chromium') }, { install: true });
    expect(plan).toEqual({ kind: 'fail', message: expect.stringContaining('\n    npx playwright install chromium\n') });
    expect(plan.kind === 'fail' && plan.message).toContain(alternative);
  });

  it('a CHROMIUM_PATH naming nothing stops even as root on Debian: a typo is not a reason to install', () => {
    const plan = planTestSetup(debian({ isRoot: true, browser: { ok: false, reason: 'override-missing', path: '/opt/chromum' } }), { install: true });
    expect(plan).toEqual({ kind: 'fail', message: expect.stringContaining('CHROMIUM_PATH names no executable file: /opt/chromum') });
  });

  it('a browser found: goes on; optional tools that are missing are listed with how to get them', () => {
    expect(planTestSetup(debian({ browser: chromium, missing: [] }), { install: true })).toEqual({ kind: 'ready', browser: chromium.ok && chromium.browser, notes: [] });
    const debianNotes = planTestSetup(debian({ browser: chromium, missing: byName('poppler-utils', 'libreoffice-calc') }), { install: true });
    expect(debianNotes).toMatchObject({ kind: 'ready', notes: expect.arrayContaining(['  入れるには / to install: sudo apt-get install -y poppler-utils libreoffice-calc']) });
    const windows = planTestSetup({ platform: 'win32', isRoot: false, isDebian: false, isUbuntu: false, browser: chromium, missing: byName('poppler-utils') }, { install: true });
    expect(windows).toMatchObject({ kind: 'ready', notes: [expect.stringContaining('skipped, saying why'), '    - poppler, with pdftotext on PATH: PDF の読み返し (pdftotext) / reading PDFs back'] });
  });
});

describe('which system packages are missing', () => {
  const probe = (over: Partial<PackageProbe>): PackageProbe => ({ browserFound: true, hasCjkFont: () => true, hasCommand: () => true, hasPythonModule: () => true, ...over });
  it('each package is checked by its own probe', () => {
    expect(missingPackages(probe({}))).toEqual([]);
    expect(missingPackages(probe({ browserFound: false })).map((p) => p.apt)).toEqual(['chromium']);
    expect(missingPackages(probe({ hasCjkFont: () => false })).map((p) => p.apt)).toEqual(['fonts-ipafont-gothic']);
    expect(missingPackages(probe({ hasCommand: (names) => !names.includes('pdftotext') })).map((p) => p.apt)).toEqual(['poppler-utils']);
    // Either name of LibreOffice's command will do.
    expect(missingPackages(probe({ hasCommand: (names) => names.includes('libreoffice') || names.includes('pdftotext') || names.includes('cmark-gfm') }))).toEqual([]);
  });
});
