/**
 * The Electron main process entry (bundled to dist/main/electron-main.js, ESM). It only wires
 * Electron to the plain-Node app: ports in, router and event bus out. Everything that decides
 * something lives in main/security/ or main/app/ and is tested without Electron.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, dialog, powerMonitor, session } from 'electron';
import { type TranslateFn, translatorFor } from '../../shared/i18n/translator.js';
import type { Language, Settings } from '../../shared/settings/settings-schema.js';
import type { DataFolderLock } from '../adapters/data-folder-lock.js';
import { consoleLogger as logger } from '../adapters/console-logger.js';
import { systemPorts } from '../adapters/system-ports.js';
import { claimDataFolder } from '../app/claim-data-folder.js';
import { type MainApp, createApp } from '../app/create-app.js';
import { dataInUseMessage } from '../app/data-in-use-message.js';
import { APP_USER_MODEL_ID, dataDirArg, loginItemFor, quitWhenAllWindowsClosed, startsHidden, windowCloseAction } from '../app/shell-policy.js';
import { handleAppProtocol, registerAppScheme } from './app-protocol.js';
import { ElectronStoreClass } from './electron-store-class.js';
import { createElectronFilePicker, createElectronFolderPicker } from './dialogs.js';
import { createElectronPdfPrinter } from './pdf-printer.js';
import { createElectronNotifier } from './notifier.js';
import { createElectronPowerEvents } from './power-events.js';
import { type IpcTransport, installIpcTransport } from './transport.js';
import { type ElectronTray, createTray } from './tray.js';
import { installPermissionHandlers, installWebContentsGuards } from './web-contents-guards.js';
import { createMainWindow } from './window.js';

// dist/main/electron-main.js → dist/renderer/, dist/preload/preload.cjs
const here = path.dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = path.join(here, '../renderer');
const PRELOAD_PATH = path.join(here, '../preload/preload.cjs');
// Packaged through `files` in electron-builder.yml (inside app.asar; nativeImage reads from asar).
const TRAY_ICON_PATH = path.join(app.getAppPath(), 'build', 'tray-icon.png');

/** How long the "data erased" confirmation stays up before the app ends. */
const AFTER_WIPE_QUIT_MS = 10_000;

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  let transport: IpcTransport | null = null;
  let main: MainApp | null = null;
  let tray: ElectronTray | null = null;
  let stopApp: (() => void) | null = null;
  let dataLock: DataFolderLock | undefined;
  /** Set when the user chose 終了 or the OS is ending the app: windows then really close. */
  let quitting = false;

  /** Shows the window (creating it, on `view` if given), restored and focused. */
  const openWindow = (view?: string): void => {
    if (!transport) return;
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.show();
      mainWindow.focus();
      return;
    }
    const win = createMainWindow({ preloadPath: PRELOAD_PATH, transport, view });
    mainWindow = win;
    // Closing hides the window to the tray: the app keeps running so reminders still fire.
    win.on('close', (event) => {
      if (windowCloseAction({ quitting, hasTray: tray !== null }) === 'hide') {
        event.preventDefault();
        win.hide();
      }
    });
    // Windows log-off or shutdown (before-quit is not emitted then): a window that refuses to
    // close would hold up the session ending.
    win.on('session-end', () => {
      quitting = true;
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
  };

  /**
   * Opens the window on a view. A window that already exists gets 'app:navigate' (held by the
   * transport until its page has loaded); a new one also starts on the view's URL.
   */
  const openView = (view: string): void => {
    openWindow(view);
    main?.bus.emit('app:navigate', { view });
  };

  const quit = (): void => {
    quitting = true;
    app.quit();
  };

  // The tray's own labels follow the settings language (the tray state's text comes translated).
  let language: Language = 'ja';
  const t = (): TranslateFn => translatorFor(language);

  let appliedOpenAtLogin: boolean | null = null;
  const applySettings = (settings: Settings): void => {
    language = settings.language;
    const item = loginItemFor({ platform: process.platform, packaged: app.isPackaged, startAtLogin: settings.startAtLogin });
    if (!item || item.openAtLogin === appliedOpenAtLogin) return;
    try {
      app.setLoginItemSettings(item);
      appliedOpenAtLogin = item.openAtLogin;
    } catch (error) {
      logger.error('setLoginItemSettings failed', error);
    }
  };

  // A second launch (double-clicked shortcut) brings the running window forward — also out of
  // the tray — instead of opening the same data files twice.
  app.on('second-instance', () => openWindow());

  // Windows shows notifications only for the AppUserModelID on the installer's shortcut; an
  // unpackaged development run has no shortcut and uses the executable's path instead.
  if (process.platform === 'win32') app.setAppUserModelId(app.isPackaged ? APP_USER_MODEL_ID : process.execPath);

  // Before ready: every renderer sandboxed, the app scheme privileged, guards on every contents.
  app.enableSandbox();
  registerAppScheme();
  installWebContentsGuards(logger);

  app
    .whenReady()
    .then(async () => {
      // One writer per data folder: the single-instance lock above only sees this profile's
      // instances, not the preview or a second profile given the same --data-dir.
      const dataDir = path.resolve(dataDirArg(process.argv) ?? path.join(app.getPath('userData'), 'data'));
      const claimed = claimDataFolder(dataDir, 'electron', logger, ElectronStoreClass);
      if (claimed.kind === 'inUse') {
        const message = dataInUseMessage(claimed);
        dialog.showErrorBox(message.title, message.lines.join('\n'));
        app.exit(1);
        return;
      }
      dataLock = claimed.lock;
      handleAppProtocol(RENDERER_DIR);
      installPermissionHandlers();
      main = createApp({
        stores: claimed.stores,
        ...systemPorts(dataDir, logger),
        notifier: createElectronNotifier({ openView, logger }),
        power: createElectronPowerEvents(),
        folderPicker: createElectronFolderPicker(() => t()('app.title')),
        filePicker: createElectronFilePicker(() => t()('app.title')),
        pdfPrinter: createElectronPdfPrinter(),
        shell: 'electron',
        version: app.getVersion(),
        afterWipe: async () => {
          await session.defaultSession.clearStorageData();
          await session.defaultSession.clearCache();
          // The window says the data is gone; the app ends a little later (the laptop is being returned).
          setTimeout(quit, AFTER_WIPE_QUIT_MS);
        },
      });
      transport = installIpcTransport(main, logger);

      // Subscribed before main.start(), so the language is current when the tray service
      // refreshes on the same settings:changed event.
      main.bus.subscribe((name, payload) => {
        if (name === 'settings:changed') applySettings(payload as Settings); // validated by the bus
      });
      const settings = await main.router.dispatch('settings:get', undefined);
      if (settings.ok) applySettings(settings.data as Settings);

      try {
        tray = createTray({ iconPath: TRAY_ICON_PATH, openWindow, openView, quit, t });
      } catch (error) {
        // Without a tray, closing the window quits the app (shell-policy.ts).
        logger.error('tray unavailable', error);
      }

      const openedAtLogin = process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
      if (!startsHidden({ argv: process.argv, openedAtLogin, hasTray: tray !== null })) openWindow();
      stopApp = main.start(tray ?? undefined);

      // Linux and macOS announce shutdown here; the window must then close instead of hiding.
      powerMonitor.on('shutdown', () => {
        quitting = true;
      });
      // macOS: clicking the dock icon shows the window (hidden or not yet created).
      app.on('activate', () => openWindow());
    })
    .catch((error: unknown) => {
      // No window without a working app; a half-started process would hold the single-instance lock.
      logger.error('start-up failed', error);
      app.exit(1);
    });

  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (quitWhenAllWindowsClosed({ platform: process.platform, hasTray: tray !== null })) app.quit();
  });
  app.on('will-quit', () => {
    stopApp?.();
    tray?.destroy();
    transport?.dispose();
    dataLock?.release();
  });
  // Also when the app ends without will-quit (app.exit after a wipe's timer, a fatal start-up error).
  process.on('exit', () => dataLock?.release());
}

// The second instance only signals the first (Electron emits 'second-instance' there) and quits
// before touching the stores: two processes writing the same JSON files would lose data.
if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}
