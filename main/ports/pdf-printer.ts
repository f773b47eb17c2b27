/** Prints an HTML page to a PDF (Electron: printToPDF; Node: a local Chromium/Edge/Chrome). */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
}

export class NoPdfEngineError extends Error {
  constructor() {
    super('no PDF engine available');
    this.name = 'NoPdfEngineError';
  }
}
