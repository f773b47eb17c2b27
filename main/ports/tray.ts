/** What the tray shows: the tray service computes it (main/services/tray-state.ts), the shell draws it. */
export interface TrayState {
  /** Tooltip: "テレワーク手帳 — 資料作成 残り25分" or "テレワーク手帳 — 予定なし". */
  tooltip: string;
  /** The current block line for the menu, or null. */
  current: string | null;
  /** One line per reminder waiting for the user. */
  due: string[];
}

/** The system tray (Electron adapter) — also where the app lives while its window is closed. */
export interface TrayPort {
  update(state: TrayState): void;
}
