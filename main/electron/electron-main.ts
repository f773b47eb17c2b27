/**
 * The Electron main process entry (bundled to dist/main/electron-main.js, ESM). It only wires
 * Electron to the plain-Node app: ports in, router and event bus out. Everything that decides
 * something lives in main/security/ or main/app/ and is tested without Electron.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { createConfStoreFactory } from '../adapters/conf-key-value-store.js';
import { createApp } from '../app/create-app.js';
import { consoleLogger as logger } from '../adapters/console-logger.js';
import { randomId, systemClock } from '../adapters/system-clock.js';
import { handleAppProtocol, registerAppScheme } from './app-protocol.js';
import { ElectronStoreClass } from './electron-store-class.js';
import { type IpcTransport, installIpcTransport } from './transport.js';
import { installPermissionHandlers, installWebContentsGuards } from './web-contents-guards.js';
import { createMainWindow } from './window.js';

// dist/main/electron-main.js → dist/renderer/, dist/preload/preload.cjs
const here = path.dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = path.join(here, '../renderer');
const PRELOAD_PATH = path.join(here, '../preload/preload.cjs');

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  let transport: IpcTransport | null = null;

  const openWindow = () => {
    if (!transport) return;
    mainWindow = createMainWindow({ preloadPath: PRELOAD_PATH, transport });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  // A second launch (double-clicked shortcut) brings the running window forward instead of
  // opening the same data files twice.
  app.on('second-instance', () => {
    if (!mainWindow) return openWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Before ready: every renderer sandboxed, the app scheme privileged, guards on every contents.
  app.enableSandbox();
  registerAppScheme();
  installWebContentsGuards(logger);

  app
    .whenReady()
    .then(() => {
      handleAppProtocol(RENDERER_DIR);
      installPermissionHandlers();
      const main = createApp({
        stores: createConfStoreFactory(path.join(app.getPath('userData'), 'data'), ElectronStoreClass),
        clock: systemClock,
        newId: randomId,
        logger,
        shell: 'electron',
        version: app.getVersion(),
      });
      transport = installIpcTransport(main, logger);
      openWindow();
      // macOS: clicking the dock icon with no window open opens one.
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
      });
    })
    .catch((error: unknown) => {
      // No window without a working app; a half-started process would hold the single-instance lock.
      logger.error('start-up failed', error);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => transport?.dispose());
}

// The second instance only signals the first (Electron emits 'second-instance' there) and quits
// before touching the stores: two processes writing the same JSON files would lose data.
if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}
