/**
 * Daily-report exports for one day or a range: CSV for Excel (daily + details), the versioned JSON
 * document (with its JSON Schema beside it), Markdown, printable HTML, PDF (that HTML printed, so
 * the Japanese stays text) and .ics — each made by its writer (export-writers.ts).
 */
import { exportFileBase } from '../exports/export-file-base.js';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { CsvEncoding } from '../../shared/lists/csv-encodings.js';
import type { ExportFormat } from '../../shared/lists/export-formats.js';
import { type DocumentSources, buildReportDocument } from '../exports/report-document-builder.js';
import type { ExportFile } from '../ports/export-folder.js';
import type { PdfPrinter } from '../ports/pdf-printer.js';
import { exportWriters } from './export-writers.js';
import { UserError } from './user-error.js';


export interface ExportResult {
  files: ExportFile[];
  /** Characters a CP932 CSV could not hold. */
  lost: string[];
  days: number;
}

export function createExportService(src: DocumentSources, t: () => TranslateFn, pdf: PdfPrinter | undefined) {
  const writers = exportWriters(pdf);
  return {
    async build(from: string, to: string, formats: readonly ExportFormat[], encoding: CsvEncoding): Promise<ExportResult> {
      if (to < from) throw new UserError('invalid_input', 'exports.rangeInvalid', { to: 'exports.rangeInvalid' });
      const doc = buildReportDocument(src, from, to);
      const { language, orgTimeZone } = src.settings();
      const job = { doc, base: exportFileBase(doc.staff, from, to), t: t(), language, encoding, timeZone: orgTimeZone };
      const files: ExportFile[] = [];
      const lost = new Set<string>();
      for (const format of new Set(formats)) {
        const written = await writers[format](job);
        files.push(...written.files);
        written.lost?.forEach((c) => lost.add(c));
      }
      return { files, lost: [...lost], days: doc.days.length };
    },
  };
}
export type ExportService = ReturnType<typeof createExportService>;
