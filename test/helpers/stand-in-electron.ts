/**
 * The `electron` module for tests that only start electron-main.ts far enough to see it refuse
 * (a second instance): an `app` built on StandInApp, a BrowserWindow that only counts, and inert
 * stand-ins for the rest of what electron-main.ts imports. Used from a vi.mock factory:
 * `await import()` this file there.
 */
import { EventEmitter } from 'node:events';

/** What electron-main.ts calls on `app` before it decides anything; tests add the rest. */
export class StandInApp extends EventEmitter {
  getAppPath = () => '/nonexistent';
  enableSandbox() {}
  setAppUserModelId() {}
}

export function standInElectron(parts: { app: StandInApp; onWindow: () => void; dialog?: unknown }) {
  const { app, onWindow, dialog } = parts;
  return {
    app,
    BrowserWindow: class {
      constructor() {
        onWindow();
      }
    },
    ...(dialog ? { dialog } : {}),
    Tray: class {},
    Notification: class {},
    Menu: { buildFromTemplate: () => [] },
    nativeImage: { createFromPath: () => ({}) },
    powerMonitor: new EventEmitter(),
    protocol: { registerSchemesAsPrivileged() {}, handle() {} },
    session: { defaultSession: {} },
    shell: {},
    ipcMain: { handle() {}, removeHandler() {} },
  };
}
