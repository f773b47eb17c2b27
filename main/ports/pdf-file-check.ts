/**
 * Is the file the user chose really a PDF they can take home? Checked when it is attached and again
 * whenever the checklist is shown (a file deleted later is flagged). A port because it reads the
 * disk: the checklist service stays on ports and can be tested with a fake.
 */
export type PdfCheck = { ok: true; size: number } | { ok: false; reason: 'missing' | 'notFile' | 'empty' | 'tooLarge' | 'notPdf' };

export type PdfFileCheck = (path: string) => PdfCheck;
