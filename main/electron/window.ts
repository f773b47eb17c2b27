/** The app window. Everything security-relevant comes from main/security/ so it is tested there. */
import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../security/app-origin.js';
import { isSecureWebPreferences, secureWebPreferences } from '../security/web-preferences.js';
import type { IpcTransport } from './transport.js';

export const WINDOW_TITLE = 'テレワーク手帳';

export interface MainWindowOptions {
  preloadPath: string;
  transport: IpcTransport;
  /**
   * The view to open on ("today", "report/start"), as the renderer's hash route. A new window
   * starts on it directly: an 'app:navigate' sent while the page is still starting could arrive
   * before the view has subscribed to it.
   */
  view?: string;
}

export function createMainWindow({ preloadPath, transport, view }: MainWindowOptions): BrowserWindow {
  const webPreferences = secureWebPreferences(preloadPath);
  // Cheap insurance against a future edit loosening a flag here rather than in the tested module.
  if (!isSecureWebPreferences(webPreferences)) throw new Error('insecure webPreferences');

  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1180,
    height: 800,
    // Small enough for a 1366×768 laptop with the taskbar, large enough for the week view.
    minWidth: 800,
    minHeight: 560,
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences,
  });
  win.once('ready-to-show', () => win.show());
  // Keep the product name in the title bar and taskbar whatever <title> the page sets.
  win.on('page-title-updated', (event) => event.preventDefault());

  transport.attach(win.webContents);
  const hash = view ? `#/${view.split('/').map(encodeURIComponent).join('/')}` : '';
  void win.loadURL(`${APP_ORIGIN}/index.html${hash}`);
  return win;
}
