/**
 * A second launch while the app runs: electron-main.ts, run against a stand-in `electron` whose
 * single-instance lock is already held, must quit before it creates a window or opens a single
 * store file (the first instance gets 'second-instance' and shows its window — see
 * electron-main.test.ts). Two processes writing the same JSON files would lose data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';

const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'techo-second-instance-'));
const seen = vi.hoisted(() => ({ userData: '', quit: 0, readyAsked: 0, windows: 0, getPath: 0 }));

vi.mock('electron', async () => {
  const { StandInApp, standInElectron } = await import('../../helpers/stand-in-electron.js');
  class App extends StandInApp {
    requestSingleInstanceLock = () => false; // another instance holds it
    quit = () => void seen.quit++;
    whenReady = () => (seen.readyAsked++, new Promise(() => {}));
    getPath = () => (seen.getPath++, seen.userData);
  }
  return standInElectron({ app: new App(), onWindow: () => void seen.windows++ });
});
vi.mock('../../../main/electron/electron-store-class.js', async () => ({ ElectronStoreClass: (await import('conf')).default }));

afterAll(() => fs.rmSync(userData, { recursive: true, force: true }));

it('the second instance quits at once: no window, no start-up, nothing written to the data folder', async () => {
  seen.userData = userData;
  await import('../../../main/electron/electron-main.js');
  expect(seen.quit).toBe(1);
  expect(seen.readyAsked).toBe(0);
  expect(seen.windows).toBe(0);
  expect(seen.getPath).toBe(0); // never even asked where the data folder is
  expect(fs.readdirSync(userData)).toEqual([]);
});
