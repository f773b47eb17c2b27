/**
 * The system tray: where the app lives while its window is closed. The menu's content comes from
 * trayMenu() (main/app/tray-menu.ts, tested in plain Node); this file only draws it.
 */
import { Menu, type MenuItemConstructorOptions, Tray, nativeImage } from 'electron';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import { type TrayAction, trayMenu, trayTooltip } from '../app/tray-menu.js';
import type { TrayPort } from '../ports/tray.js';

export interface TrayOptions {
  iconPath: string;
  openWindow(): void;
  openView(view: string): void;
  quit(): void;
  /** The translator for the current settings language (asked at every update). */
  t(): TranslateFn;
}

export interface ElectronTray extends TrayPort {
  destroy(): void;
}

export function createTray({ iconPath, openWindow, openView, quit, t }: TrayOptions): ElectronTray {
  // An unreadable icon gives an empty image: the tray then has an invisible icon, so fail loudly
  // and let the caller run without a tray (closing the window then quits, see shell-policy.ts).
  const icon = nativeImage.createFromPath(iconPath);
  if (icon.isEmpty()) throw new Error(`tray icon missing or unreadable: ${iconPath}`);
  // The macOS menu bar sizes an image in points (a 32-px image would stand 32 pt tall); Windows
  // and Linux scale the icon to their tray size themselves.
  const tray = new Tray(process.platform === 'darwin' ? icon.resize({ width: 16, height: 16 }) : icon);

  const run = (action: TrayAction) => {
    if (action.kind === 'window') openWindow();
    else if (action.kind === 'view') openView(action.view);
    else quit();
  };

  // Left click opens the window (Windows, macOS without a menu shown; Linux AppIndicator tray
  // icons have no click, hence ウィンドウを開く in the menu).
  tray.on('click', () => openWindow());

  let lastMenu = '';
  const initial = { tooltip: t()('app.title'), current: null, due: [] };
  const update: TrayPort['update'] = (state) => {
    if (tray.isDestroyed()) return;
    tray.setToolTip(trayTooltip(state));
    const items = trayMenu(state, t());
    // Rebuilding an open menu closes it on some desktops: only when something changed.
    const key = JSON.stringify(items);
    if (key === lastMenu) return;
    lastMenu = key;
    const template: MenuItemConstructorOptions[] = items.map((item) => {
      if (item.type === 'separator') return { type: 'separator' };
      if (item.type === 'label') return { label: item.label, enabled: false };
      return { label: item.label, click: () => run(item.action) };
    });
    tray.setContextMenu(Menu.buildFromTemplate(template));
  };
  update(initial);

  return {
    update,
    destroy: () => {
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}
