/**
 * The export of everything, shared by "すべてのデータを書き出す" and the first step of the wipe:
 * into a folder the user picks (desktop app) or as a download (browser preview).
 */
import type { TechoApi } from '../../../../shared/ipc/api.js';
import type { IpcResult } from '../../../../shared/ipc/result.js';
import { downloadBytes, fromBase64 } from '../../download.js';

export type ExportAllOutcome =
  | { kind: 'done'; name: string; days: number; folder: string | null; exportId: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export async function exportAll(api: TechoApi, canPickFolder: boolean): Promise<ExportAllOutcome> {
  if (canPickFolder) {
    const r = await api.dataExportAllToFolder();
    if (!r.ok) return { kind: 'failed', message: r.error.message };
    if (!r.data.folder || !r.data.exportId) return { kind: 'cancelled' };
    return { kind: 'done', name: r.data.written[0]?.split(/[\\/]/).pop() ?? '', days: r.data.days, folder: r.data.folder, exportId: r.data.exportId };
  }
  const r = await api.dataExportAll();
  if (!r.ok) return { kind: 'failed', message: r.error.message };
  downloadBytes(r.data.name, fromBase64(r.data.base64), 'application/json');
  return { kind: 'done', name: r.data.name, days: r.data.days, folder: null, exportId: r.data.exportId };
}

/** A message to show after the page reloads on the replaced data (restore, import). */
const AFTER_RELOAD = 'techo.dataMessage';
export function reloadWithMessage(message: string): void {
  sessionStorage.setItem(AFTER_RELOAD, message);
  window.location.reload();
}
/**
 * Replaces all data (a restore, an import) and, when main did, reloads the page on the new data
 * with the message made from main's answer; otherwise returns the refusal's message.
 */
export async function replaceAllData<T>(run: () => Promise<IpcResult<T>>, done: (data: T) => string): Promise<string | undefined> {
  const r = await run();
  if (!r.ok) return r.error.message;
  reloadWithMessage(done(r.data));
  return undefined;
}
export function takeMessageAfterReload(): string {
  const message = sessionStorage.getItem(AFTER_RELOAD) ?? '';
  sessionStorage.removeItem(AFTER_RELOAD);
  return message;
}
