/**
 * The tray's context menu as data, built from the TrayState the tray service computes. The
 * Electron adapter (main/electron/tray.ts) maps each item to a MenuItem; everything that decides
 * what the menu says and does is here and tested in plain Node (test/main/app/tray-menu.test.ts).
 */
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { TrayState } from '../ports/tray.js';

export type TrayAction = { kind: 'window' } | { kind: 'view'; view: string } | { kind: 'quit' };

export type TrayMenuItem =
  | { type: 'label'; label: string }
  | { type: 'action'; label: string; action: TrayAction }
  | { type: 'separator' };

/** Windows truncates a tray tooltip at 127 characters (NOTIFYICONDATA.szTip holds 128 with the NUL). */
export const TOOLTIP_MAX = 127;
/** Long block titles would make the menu as wide as the screen. */
export const MENU_LABEL_MAX = 60;

const ellipsize = (text: string, max: number) => {
  const chars = [...text]; // by code point: never cut a surrogate pair in half
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
};

/**
 * Menus on Windows and Linux read `&` as a mnemonic marker and drop it (「R&D」 would show 「RD」);
 * `&&` shows one `&`. Only text that comes from the user's data needs it.
 */
export const escapeMenuLabel = (text: string) => text.replace(/&/g, '&&');

const userLine = (text: string) => escapeMenuLabel(ellipsize(text, MENU_LABEL_MAX));

export function trayTooltip(state: TrayState): string {
  return ellipsize(state.tooltip, TOOLTIP_MAX);
}

export function trayMenu(state: TrayState, t: TranslateFn): TrayMenuItem[] {
  const items: TrayMenuItem[] = [];
  if (state.current !== null) items.push({ type: 'label', label: userLine(state.current) });
  for (const line of state.due) items.push({ type: 'action', label: userLine(line), action: { kind: 'view', view: 'today' } });
  if (items.length > 0) items.push({ type: 'separator' });
  items.push(
    { type: 'action', label: t('tray.startReport'), action: { kind: 'view', view: 'report/start' } },
    { type: 'action', label: t('tray.endReport'), action: { kind: 'view', view: 'report/end' } },
    { type: 'separator' },
    { type: 'action', label: t('tray.open'), action: { kind: 'window' } },
    { type: 'action', label: t('tray.quit'), action: { kind: 'quit' } },
  );
  return items;
}
