/** The OS dialogs main needs: a folder for exports, a PDF for the checklist (FolderPicker, FilePicker ports). */
import { BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import type { FilePicker } from '../ports/file-picker.js';
import type { FolderPicker } from '../ports/folder-picker.js';

async function open(options: OpenDialogOptions): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export function createElectronFolderPicker(title: () => string): FolderPicker {
  return { pick: () => open({ title: title(), properties: ['openDirectory', 'createDirectory'] }) };
}

export function createElectronFilePicker(title: () => string): FilePicker {
  return { pickPdf: () => open({ title: title(), properties: ['openFile'], filters: [{ name: 'PDF', extensions: ['pdf'] }] }) };
}
