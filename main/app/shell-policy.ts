/**
 * Decisions of the desktop shell — hide or close a window, quit or stay in the tray, start at
 * login, start hidden — kept out of main/electron/ so they are tested in plain Node
 * (test/main/app/shell-policy.test.ts). electron-main.ts only wires them to Electron.
 */

/**
 * Windows shows a notification only for the AppUserModelID that the installer's Start-menu
 * shortcut carries, which electron-builder sets to `appId`: this must equal `appId` in
 * electron-builder.yml (checked by the test).
 */
export const APP_USER_MODEL_ID = 'jp.lg.telework-techo';

/** The argument the login item passes: start in the tray, without a window. */
export const HIDDEN_ARG = '--hidden';

/**
 * What closing the window does. The app lives in the tray so reminders fire with the window
 * closed; it really closes only when the user chose 終了, the OS is quitting (before-quit,
 * log-off, shutdown), or there is no tray to come back from.
 */
export function windowCloseAction(state: { quitting: boolean; hasTray: boolean }): 'hide' | 'close' {
  return !state.quitting && state.hasTray ? 'hide' : 'close';
}

/**
 * Whether the last window closing ends the app. With a tray the app stays (its window is only
 * hidden anyway); without one it quits, except on macOS where apps conventionally stay in the dock.
 */
export function quitWhenAllWindowsClosed(state: { platform: string; hasTray: boolean }): boolean {
  return !state.hasTray && state.platform !== 'darwin';
}

export interface LoginItem {
  openAtLogin: boolean;
  args: string[];
}

/**
 * The login item for the user's 「ログイン時に起動する」 setting, or null when it must not be touched:
 * Linux has no API (autostart .desktop files are the desktop's business), and an unpackaged
 * development run would register the bare Electron executable, which opens Electron's default
 * app at every login.
 */
export function loginItemFor(state: { platform: string; packaged: boolean; startAtLogin: boolean }): LoginItem | null {
  if (state.platform !== 'win32' && state.platform !== 'darwin') return null;
  if (!state.packaged) return null;
  return { openAtLogin: state.startAtLogin, args: [HIDDEN_ARG] };
}

/**
 * Start without a window (in the tray) when launched at login: Windows passes the login item's
 * --hidden, macOS reports wasOpenedAtLogin. Never without a tray: the app would be unreachable.
 */
export function startsHidden(state: { argv: readonly string[]; openedAtLogin: boolean; hasTray: boolean }): boolean {
  return state.hasTray && (state.argv.includes(HIDDEN_ARG) || state.openedAtLogin);
}

/**
 * The data folder given on the command line (`--data-dir DIR` or `--data-dir=DIR`), as the
 * browser preview takes it — for IT keeping the data elsewhere than the profile; undefined for
 * the default (`<userData>/data`).
 */
export function dataDirArg(argv: readonly string[]): string | undefined {
  for (const [i, arg] of argv.entries()) {
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length) || undefined;
    if (arg === '--data-dir') return argv[i + 1] || undefined;
  }
  return undefined;
}
