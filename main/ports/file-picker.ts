/** Asks the user for one file (Electron: the OS dialog). The renderer never names a path itself. */
export interface FilePicker {
  pickPdf(): Promise<string | null>;
}
