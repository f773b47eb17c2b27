import type { TrayState } from '../services/tray-state.js';

/** The system tray (Electron adapter) — also where the app lives while its window is closed. */
export interface TrayPort {
  update(state: TrayState): void;
}
