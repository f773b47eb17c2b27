/** The export folder dialog (FolderPicker port) — the user chooses where exports go. */
import { BrowserWindow, dialog } from 'electron';
import type { FolderPicker } from '../ports/folder-picker.js';

export function createElectronFolderPicker(title: () => string): FolderPicker {
  return {
    async pick() {
      const parent = BrowserWindow.getFocusedWindow();
      const options = { title: title(), properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
