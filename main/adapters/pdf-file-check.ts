/**
 * Is this really a PDF the user can take home? It must exist, be a regular file, be non-empty
 * and at most 200 MB, and start with "%PDF-" (a text file renamed to .pdf does not).
 */
import fs from 'node:fs';
import type { PdfFileCheck } from '../ports/pdf-file-check.js';

export const MAX_PDF_BYTES = 200 * 1024 * 1024;

export const checkPdfFile: PdfFileCheck = (path) => {
  let st: fs.Stats;
  try {
    st = fs.statSync(path);
  } catch {
    return { ok: false, reason: 'missing' };
  }
  if (!st.isFile()) return { ok: false, reason: 'notFile' };
  if (st.size === 0) return { ok: false, reason: 'empty' };
  if (st.size > MAX_PDF_BYTES) return { ok: false, reason: 'tooLarge' };
  const fd = fs.openSync(path, 'r');
  try {
    const head = Buffer.alloc(5);
    fs.readSync(fd, head, 0, 5, 0);
    return head.toString('latin1') === '%PDF-' ? { ok: true, size: st.size } : { ok: false, reason: 'notPdf' };
  } finally {
    fs.closeSync(fd);
  }
};
