/**
 * PDF in the desktop app: the report HTML is loaded into a hidden, sandboxed window without a
 * preload or JavaScript, and printed with Chromium's own printToPDF (text stays text).
 */
import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../ports/pdf-printer.js';

export function createElectronPdfPrinter(): PdfPrinter {
  return {
    async print(html) {
      const win = new BrowserWindow({
        show: false,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
      });
      try {
        await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        return new Uint8Array(await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }));
      } finally {
        win.destroy();
      }
    },
  };
}
