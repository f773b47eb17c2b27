/** Asks the user for a folder (Electron: the OS dialog). The browser preview has none: it downloads. */
export interface FolderPicker {
  pick(): Promise<string | null>;
}
