/**
 * A second desktop instance that Electron's single-instance lock does not catch — another profile
 * (its own userData) started with the same --data-dir, or the desktop app on a folder the browser
 * preview has open: electron-main.ts, against a stand-in `electron` whose single-instance lock is
 * free, must refuse the data folder before it opens a single store, say so in a dialog in Japanese
 * and English, and end. (The first instance is a real second process holding the folder.)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { LOCK_FILE } from '../../../main/adapters/data-folder-lock.js';
import { bundleForNode, makeProbeDir } from '../../helpers/child-bundle.js';

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'techo-other-profile-'));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'techo-shared-data-'));
const probe = makeProbeDir('electron-lock');
const seen = vi.hoisted(() => ({ userData: '', errorBoxes: [] as { title: string; body: string }[], exits: [] as number[], windows: 0 }));
let holder: ChildProcess | undefined;

vi.mock('electron', async () => {
  const { StandInApp, standInElectron } = await import('../../helpers/stand-in-electron.js');
  class App extends StandInApp {
    requestSingleInstanceLock = () => true; // another profile: Electron's lock is not shared
    quit() {}
    exit = (code: number) => void seen.exits.push(code);
    whenReady = () => Promise.resolve();
    getPath = () => seen.userData;
    getVersion = () => '0.0.0-test';
    isPackaged = false;
  }
  const dialog = { showErrorBox: (title: string, body: string) => void seen.errorBoxes.push({ title, body }) };
  return standInElectron({ app: new App(), onWindow: () => void seen.windows++, dialog });
});
vi.mock('../../../main/electron/electron-store-class.js', async () => ({ ElectronStoreClass: (await import('conf')).default }));

afterAll(() => {
  holder?.kill('SIGKILL');
  for (const d of [profile, dataDir, probe]) fs.rmSync(d, { recursive: true, force: true });
});

it('refuses a data folder another instance holds: a dialog in Japanese and English, exit, no window, nothing written', async () => {
  const child = await bundleForNode('test/main/hardening/lock-child.ts', path.join(probe, 'lock-child.mjs'));
  holder = spawn(process.execPath, [child, dataDir, '60000'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const got = await new Promise<{ kind: string; pid: number }>((resolve) => holder!.stdout!.once('data', (d) => resolve(JSON.parse(String(d)))));
  expect(got.kind).toBe('acquired');
  const before = fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8');

  seen.userData = profile;
  const argv = process.argv;
  process.argv = [...argv, '--data-dir', dataDir];
  try {
    await import('../../../main/electron/electron-main.js');
    await vi.waitFor(() => expect(seen.exits).toEqual([1]));
  } finally {
    process.argv = argv;
  }
  expect(seen.errorBoxes).toHaveLength(1);
  const [box] = seen.errorBoxes;
  expect(box!.title).toBe('テレワーク手帳のデータは別の画面で開かれています / The Telework Techo data is already open elsewhere');
  expect(box!.body).toContain(`このデータの保存先(${dataDir})は、すでにほかのテレワーク手帳(ブラウザプレビュー、プロセス番号 ${got.pid}`);
  expect(box!.body).toContain(`This data folder (${dataDir}) is already in use by another Telework Techo (the browser preview, process ${got.pid}`);
  expect(seen.windows).toBe(0);
  expect(fs.readdirSync(dataDir)).toEqual([LOCK_FILE]); // no store opened, no document written
  expect(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')).toBe(before); // the holder's lock untouched
  expect(fs.readdirSync(profile)).toEqual([]); // nor anything in its own profile
});
