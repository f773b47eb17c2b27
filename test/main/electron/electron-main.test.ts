/**
 * The wiring in electron-main.ts, run against a stand-in `electron` (vi.mock's factory; the real
 * package, which would try to download the binary, is never loaded): the app lives in the tray,
 * closing the window hides it, the tray and a second launch bring it back, a view opened from the
 * tray reaches the page as 'app:navigate', the tray follows the language, and 終了 really quits.
 * What only the binary can show (a real tray icon, toasts, the OS quitting) is the smoke suite's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../../shared/ipc/transport-channels.js';
import { changeSettings } from '../../helpers/settings.js';
import { ok, typedClient } from '../../helpers/typed-client.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'techo-electron-main-'));

interface FakeWindow {
  visible: boolean;
  destroyed: boolean;
  focused: number;
  webContents: { sent: unknown[][]; emit(event: string, ...args: unknown[]): boolean };
  emit(event: string, ...args: unknown[]): boolean;
  close(): void;
}
interface FakeTray {
  iconPath: string;
  tooltip: string;
  menu: Array<{ label?: string; type?: string; click?: () => void }>;
  destroyed: boolean;
  emit(event: string): boolean;
}

const fake = vi.hoisted(() => ({
  userData: '',
  appPath: '',
  windows: [] as FakeWindow[],
  trays: [] as FakeTray[],
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
  app: null as unknown as import('node:events').EventEmitter & { quitCalls: number },
  loginItems: [] as unknown[],
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  class App extends EventEmitter {
    quitCalls = 0;
    quitting = false;
    isPackaged = false;
    requestSingleInstanceLock = () => true;
    enableSandbox() {}
    whenReady = () => Promise.resolve();
    getAppPath = () => fake.appPath;
    getPath = () => fake.userData;
    getVersion = () => '0.0.0-test';
    setAppUserModelId() {}
    setLoginItemSettings = (settings: unknown) => void fake.loginItems.push(settings);
    getLoginItemSettings = () => ({ wasOpenedAtLogin: false });
    exit(code: number) {
      throw new Error(`app.exit(${code})`);
    }
    /** Like Electron: before-quit, then every window closes (no window-all-closed), then will-quit. */
    quit() {
      this.quitCalls++;
      this.quitting = true;
      this.emit('before-quit', { preventDefault() {} });
      for (const w of fake.windows) if (!w.destroyed) w.close();
      this.emit('will-quit', { preventDefault() {} });
    }
  }
  const app = new App();
  fake.app = app;

  class WebContents extends EventEmitter {
    sent: unknown[][] = [];
    getURL = () => 'app://techo/index.html';
    isDestroyed = () => false;
    send(...args: unknown[]) {
      this.sent.push(args);
    }
  }
  class BrowserWindow extends EventEmitter {
    visible = false;
    destroyed = false;
    focused = 0;
    webContents = new WebContents();
    constructor(readonly options: Record<string, unknown>) {
      super();
      fake.windows.push(this as unknown as FakeWindow);
    }
    static getAllWindows = () => fake.windows.filter((w) => !w.destroyed);
    loadURL = () => Promise.resolve();
    show() {
      this.visible = true;
    }
    hide() {
      this.visible = false;
    }
    focus() {
      this.focused++;
    }
    isMinimized = () => false;
    restore() {}
    isDestroyed = () => this.destroyed;
    close() {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.destroyed = true;
      this.visible = false;
      this.emit('closed');
      if (fake.windows.every((w) => w.destroyed) && !app.quitting) app.emit('window-all-closed');
    }
  }
  class Tray extends EventEmitter {
    tooltip = '';
    menu: unknown[] = [];
    destroyed = false;
    constructor(readonly image: { iconPath: string }) {
      super();
      fake.trays.push(Object.assign(this, { iconPath: image.iconPath }) as unknown as FakeTray);
    }
    setToolTip(text: string) {
      this.tooltip = text;
    }
    setContextMenu(menu: unknown[]) {
      this.menu = menu;
    }
    isDestroyed = () => this.destroyed;
    destroy() {
      this.destroyed = true;
    }
  }
  class Notification extends EventEmitter {
    static isSupported = () => true;
    show() {}
  }
  return {
    app,
    BrowserWindow,
    Tray,
    Notification,
    Menu: { buildFromTemplate: (template: unknown[]) => template },
    nativeImage: { createFromPath: (iconPath: string) => ({ iconPath, isEmpty: () => !fs.existsSync(iconPath) }) },
    powerMonitor: new EventEmitter(),
    protocol: { registerSchemesAsPrivileged() {}, handle() {} },
    session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } },
    shell: { openExternal: () => Promise.resolve() },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) => void fake.handlers.set(channel, handler),
      removeHandler: (channel: string) => void fake.handlers.delete(channel),
    },
  };
});
// electron-store loads the real `electron`; the conf adapter's own class writes the same files.
vi.mock('../../../main/electron/electron-store-class.js', async () => ({ ElectronStoreClass: (await import('conf')).default }));

// Set before the entry runs (it starts at import, like the real process).
Object.assign(fake, { userData, appPath: repoRoot });
await import('../../../main/electron/electron-main.js');

afterAll(() => fs.rmSync(userData, { recursive: true, force: true }));

const win = () => fake.windows[0]!;
const tray = () => fake.trays[0]!;
const labels = () => tray().menu.map((i) => i.label ?? i.type);
const click = (label: string) => tray().menu.find((i) => i.label === label)!.click!();
/** What the preload would call: the typed client over the registered ipcMain handler, from the app's own page. */
const api = typedClient({
  invoke: (channel, payload) => fake.handlers.get(INVOKE_CHANNEL)!({ senderFrame: { url: 'app://techo/index.html', parent: null, detached: false } }, channel, payload),
  subscribe: () => () => {},
});

describe('electron-main wiring (stand-in electron)', () => {
  it('starts with one window and a tray icon from the app folder, kept current by the tray service', async () => {
    // The app starts asynchronously (whenReady, the stores); vi.waitFor's default 1 s is short on a loaded machine.
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 10_000 });
    win().emit('ready-to-show');
    expect(win().visible).toBe(true);
    expect(fake.trays).toHaveLength(1);
    expect(tray().iconPath).toBe(path.join(repoRoot, 'build', 'tray-icon.png'));
    expect(tray().tooltip).toMatch(/^テレワーク手帳 — /);
    expect(labels()).toContain('ウィンドウを開く');
    // Linux (this machine) has no login-item API, and a development run never registers one.
    expect(fake.loginItems).toEqual([]);
  });

  it('closing the window hides it: the app keeps running in the tray', () => {
    win().close();
    expect(win()).toMatchObject({ visible: false, destroyed: false });
    expect(fake.app.quitCalls).toBe(0);
  });

  it('ウィンドウを開く, a left click on the icon and a second launch each show it again', () => {
    click('ウィンドウを開く');
    expect(win().visible).toBe(true);
    win().close();
    tray().emit('click');
    expect(win().visible).toBe(true);
    win().close();
    fake.app.emit('second-instance', {}, [], '', {});
    expect(win().visible).toBe(true);
    expect(fake.windows).toHaveLength(1); // the same window every time
  });

  it('a view opened from the tray reaches the page as app:navigate (held until it has loaded)', () => {
    win().close();
    click('始業報告');
    expect(win().visible).toBe(true);
    const navigations = () => win().webContents.sent.filter(([, name]) => name === 'app:navigate');
    expect(navigations()).toEqual([]);
    win().webContents.emit('did-finish-load');
    expect(navigations()).toEqual([[EVENT_CHANNEL, 'app:navigate', { view: 'report/start' }]]);
  });

  it('the tray menu follows the settings language', async () => {
    await ok(changeSettings(api, (s) => ({ ...s, language: 'en' })));
    expect(labels()).toEqual(expect.arrayContaining(['Open window', 'Quit']));
    expect(tray().tooltip).toMatch(/^Telework Techo — /);
  });

  it('終了 (Quit) closes the window for real, removes the tray and the IPC handler', () => {
    click('Quit');
    expect(fake.app.quitCalls).toBe(1);
    expect(win().destroyed).toBe(true);
    expect(tray().destroyed).toBe(true);
    expect(fake.handlers.has(INVOKE_CHANNEL)).toBe(false);
  });
});
