/**
 * The two Electron IPC channel names. Every contract channel travels through INVOKE_CHANNEL (the
 * contract channel is the first argument) and every event through EVENT_CHANNEL, so main has
 * exactly one `ipcMain.handle` to guard with the sender check, and the preload exactly one
 * listener. Kept here so main/electron/transport.ts and main/electron/preload.ts cannot disagree.
 */
export const INVOKE_CHANNEL = 'techo:invoke';
export const EVENT_CHANNEL = 'techo:event';
