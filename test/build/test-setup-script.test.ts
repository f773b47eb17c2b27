/**
 * The real set-up script (`npm run test:setup`, the first step of `npm test`) as a child process on
 * a machine stripped of every browser: an empty PATH, HOME and Playwright folder, no CHROMIUM_PATH,
 * and — when the test runs as root — as the user `nobody` (setpriv), so it truly is not root and
 * may not install. Nothing on the machine is removed or changed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserInstallPaths } from '../../main/browser/browser-install-paths.js';
import { isExecutableFile } from '../../main/browser/machine-browser-lookup.js';
import { noBrowserMessage, overrideMissingMessage } from '../../build/test-setup/setup-messages.js';
import { SYSTEM_PACKAGES } from '../../build/test-setup/system-packages.js';
import { useTempDir } from '../helpers/temp-dir.js';

const root = path.resolve(import.meta.dirname, '../..');
const tempDir = useTempDir();
const isRoot = process.getuid?.() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find(isExecutableFile);
// Chrome or Edge installed where the lookup always looks (/opt, Program Files) cannot be hidden by the environment.
const installed = browserInstallPaths(process.platform, process.env).filter((b) => isExecutableFile(b.executablePath));
const skipReason = installed.length
  ? `skipped: ${installed[0]!.executablePath} is installed and cannot be hidden from the lookup`
  : isRoot && !setpriv
    ? 'skipped: running as root without setpriv to drop to nobody'
    : '';

/** A folder `nobody` may enter (mkdtemp makes them owner-only). */
function openDir(): string {
  const dir = tempDir();
  fs.chmodSync(dir, 0o755);
  return dir;
}

function runSetup(env: Record<string, string>) {
  const empty = openDir();
  const command = [process.execPath, path.join(root, 'build/scripts/test-setup.mjs')];
  const [file, ...args] = isRoot ? [setpriv!, '--reuid=nobody', '--regid=nogroup', '--clear-groups', '--', ...command] : command;
  const started = performance.now();
  const r = spawnSync(file!, args, {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: empty, HOME: empty, PLAYWRIGHT_BROWSERS_PATH: empty, LANG: 'C.UTF-8', ...env },
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`test-setup.mjs (as ${isRoot ? 'nobody' : 'this user'}): exit ${r.status} after ${seconds.toFixed(2)} s`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, seconds };
}

describe.skipIf(!!skipReason)(`npm test set-up step on a machine without a browser${skipReason ? ` (${skipReason})` : ''}`, () => {
  it('npm test runs it first, before lint, type checks and the unit tests', () => {
    const scripts = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.test!.split(' && ')[0]).toBe('npm run test:setup');
    expect(scripts['test:setup']).toBe('node build/scripts/test-setup.mjs');
  });

  it('no browser, not root: exits non-zero at once with the one message and nothing else (no stack trace)', () => {
    const r = runSetup({});
    const isDebian = process.platform === 'linux' && fs.existsSync('/etc/debian_version');
    const isUbuntu = isDebian && /^(ID|ID_LIKE)=.*\bubuntu\b/m.test(fs.readFileSync('/etc/os-release', 'utf8'));
    // With PATH empty nothing is found: not fc-list either, so the font counts as missing on Linux.
    const missing = process.platform === 'linux' ? SYSTEM_PACKAGES : SYSTEM_PACKAGES.filter((p) => p.check.kind !== 'cjk-font');
    expect(r.stderr).toBe(`${noBrowserMessage({ platform: process.platform, isRoot: false, isDebian, isUbuntu, browser: { ok: false, reason: 'none' }, missing })}\n`);
    if (isDebian && !isUbuntu) expect(r.stderr).toContain('\n    sudo apt-get install -y chromium fonts-ipafont-gothic poppler-utils libreoffice-calc cmark-gfm python3-icalendar python3-jsonschema\n');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(1);
    // "At once": the bundling and the lookup, not minutes of lint and unit tests first. Generous for a loaded 2-core machine.
    expect(r.seconds).toBeLessThan(20);
  });

  it('a CHROMIUM_PATH that names nothing: exits non-zero with that message', () => {
    const r = runSetup({ CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(r.stderr).toBe(`${overrideMissingMessage('/nonexistent/chromium')}\n`);
    expect(r.status).toBe(1);
  });

  it.skipIf(process.platform === 'win32')('CHROMIUM_PATH to a browser (a stand-in here): goes on, naming it and the optional tools that are missing (skipped on Windows: shell stand-in)', () => {
    const dir = openDir();
    const browser = path.join(dir, 'my-chromium');
    fs.writeFileSync(browser, '#!/bin/sh\n', { mode: 0o755 });
    const r = runSetup({ CHROMIUM_PATH: browser });
    expect(r.stdout.split('\n')[0]).toBe(`npm test: ブラウザー / browser: ${browser} (CHROMIUM_PATH)`);
    expect(r.stdout).toContain('- poppler-utils: PDF の読み返し (pdftotext) / reading PDFs back');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
