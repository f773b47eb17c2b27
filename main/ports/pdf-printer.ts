/** Prints an HTML page to a PDF (Electron: printToPDF; Node: a local Chromium/Edge/Chrome). */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
}

/** No browser to print with on this machine; `detail` (for logs) says what the lookup found. */
export class NoPdfEngineError extends Error {
  constructor(detail = 'no PDF engine available') {
    super(detail);
    this.name = 'NoPdfEngineError';
  }
}
