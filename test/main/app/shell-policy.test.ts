/** The desktop shell's decisions (main/app/shell-policy.ts), wired to Electron in electron-main.ts. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  APP_USER_MODEL_ID,
  HIDDEN_ARG,
  dataDirArg,
  loginItemFor,
  quitWhenAllWindowsClosed,
  startsHidden,
  windowCloseAction,
} from '../../../main/app/shell-policy.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('closing the window', () => {
  it.each([
    ['the user closes it, tray present', { quitting: false, hasTray: true }, 'hide'],
    ['the user chose 終了 / the OS is quitting', { quitting: true, hasTray: true }, 'close'],
    ['no tray to come back from', { quitting: false, hasTray: false }, 'close'],
    ['quitting without a tray', { quitting: true, hasTray: false }, 'close'],
  ] as const)('%s → %s', (_label, state, action) => {
    expect(windowCloseAction(state)).toBe(action);
  });
});

describe('the last window closed', () => {
  it.each([
    ['win32', true, false],
    ['linux', true, false],
    ['darwin', true, false],
    ['win32', false, true],
    ['linux', false, true],
    ['darwin', false, false], // macOS apps stay in the dock
  ] as const)('%s, tray %s → quit: %s', (platform, hasTray, quit) => {
    expect(quitWhenAllWindowsClosed({ platform, hasTray })).toBe(quit);
  });
});

describe('start at login', () => {
  it.each([
    ['win32', true, true, { openAtLogin: true, args: [HIDDEN_ARG] }],
    ['win32', true, false, { openAtLogin: false, args: [HIDDEN_ARG] }],
    ['darwin', true, true, { openAtLogin: true, args: [HIDDEN_ARG] }],
    ['darwin', true, false, { openAtLogin: false, args: [HIDDEN_ARG] }],
    ['linux', true, true, null], // no API: the desktop's autostart folder is not ours to write
    ['freebsd', true, true, null],
    ['win32', false, true, null], // development run: would register the bare electron.exe
    ['darwin', false, false, null],
  ] as const)('%s, packaged %s, setting %s → %j', (platform, packaged, startAtLogin, expected) => {
    expect(loginItemFor({ platform, packaged, startAtLogin })).toEqual(expected);
  });
});

describe('starting hidden (in the tray)', () => {
  it.each([
    [['telework-techo.exe', HIDDEN_ARG], false, true, true],
    [['telework-techo.exe'], true, true, true], // macOS login item
    [['telework-techo.exe'], false, true, false],
    [['electron', '.', '--hidden-foo'], false, true, false], // only the exact argument
    [['telework-techo.exe', HIDDEN_ARG], false, false, false], // no tray: show the window
    [['telework-techo.exe'], true, false, false],
  ] as const)('argv %j, opened at login %s, tray %s → hidden: %s', (argv, openedAtLogin, hasTray, hidden) => {
    expect(startsHidden({ argv, openedAtLogin, hasTray })).toBe(hidden);
  });
});

describe('the data folder given on the command line', () => {
  it.each([
    [['electron', '.'], undefined],
    [['electron', '.', '--data-dir', '/srv/techo'], '/srv/techo'],
    [['techo.exe', '--data-dir=D:\\techo', '--hidden'], 'D:\\techo'],
    [['techo.exe', '--hidden', '--data-dir'], undefined],
    [['techo.exe', '--data-dir='], undefined],
  ])('%j → %s', (argv, expected) => {
    expect(dataDirArg(argv)).toBe(expected);
  });
});

describe('packaging', () => {
  const builderConfig = fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8');

  it('the Windows AppUserModelID is electron-builder’s appId (else toasts do not show)', () => {
    expect(builderConfig).toMatch(new RegExp(`^appId: ${APP_USER_MODEL_ID.replace(/\./g, '\\.')}$`, 'm'));
  });

  it('the tray icon is packaged and is a 32×32 PNG; the app icon is 256×256', () => {
    expect(builderConfig).toMatch(/^ {2}- build\/tray-icon\.png$/m);
    const size = (file: string) => {
      const png = fs.readFileSync(path.join(repoRoot, file));
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(size('build/tray-icon.png')).toEqual([32, 32]);
    expect(size('build/icon.png')).toEqual([256, 256]);
  });
});
