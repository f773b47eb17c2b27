/**
 * Daily-report exports for one day or a range: CSV for Excel (daily + details), the versioned JSON
 * document (with its JSON Schema beside it), Markdown, printable HTML, PDF (that HTML printed, so
 * the Japanese stays text) and .ics.
 */
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { CsvEncoding } from '../../shared/lists/csv-encodings.js';
import type { ExportFormat } from '../../shared/lists/export-formats.js';
import { csvForExcel } from '../exports/csv-for-excel.js';
import { DAILY_HEADER, DETAIL_HEADER, dailyRows, detailRows } from '../exports/daily-csv.js';
import { buildIcs } from '../exports/ics.js';
import { SCHEMA_FILES } from '../exports/json-schema.js';
import { buildHtml, buildMarkdown } from '../exports/readable-report.js';
import { type DocumentSources, buildReportDocument } from '../exports/report-document-builder.js';
import { UserError } from '../ipc/user-error.js';
import { NoPdfEngineError, type PdfPrinter } from '../ports/pdf-printer.js';

export interface ExportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ExportResult {
  files: ExportFile[];
  /** Characters a CP932 CSV could not hold. */
  lost: string[];
  days: number;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

export function createExportService(src: DocumentSources, t: () => TranslateFn, pdf: PdfPrinter | undefined) {
  return {
    async build(from: string, to: string, formats: readonly ExportFormat[], encoding: CsvEncoding): Promise<ExportResult> {
      if (to < from) throw new UserError('invalid_input', 'exports.rangeInvalid', { to: 'exports.rangeInvalid' });
      const doc = buildReportDocument(src, from, to);
      const tr = t();
      const language = src.settings().language;
      const base = `${from}_${to}`;
      const files: ExportFile[] = [];
      const lost = new Set<string>();
      for (const format of new Set(formats)) {
        if (format === 'csv') {
          for (const [name, header, rows] of [
            [`daily-report_${base}.csv`, DAILY_HEADER, dailyRows(doc, tr)],
            [`daily-report-details_${base}.csv`, DETAIL_HEADER, detailRows(doc, tr)],
          ] as const) {
            const csv = csvForExcel(header, rows, encoding);
            csv.lost.forEach((c) => lost.add(c));
            files.push({ name, bytes: csv.bytes });
          }
        } else if (format === 'json') {
          files.push({ name: `daily-report_${base}.json`, bytes: utf8(`${JSON.stringify(doc, null, 2)}\n`) });
          files.push({ name: 'daily-report.schema.json', bytes: utf8(`${JSON.stringify(SCHEMA_FILES['daily-report.schema.json'](), null, 2)}\n`) });
        } else if (format === 'md') {
          files.push({ name: `daily-report_${base}.md`, bytes: utf8(buildMarkdown(doc, tr, language)) });
        } else if (format === 'html') {
          files.push({ name: `daily-report_${base}.html`, bytes: utf8(buildHtml(doc, tr, language)) });
        } else if (format === 'pdf') {
          if (!pdf) throw new UserError('unavailable', 'exports.noPdfEngine');
          try {
            files.push({ name: `daily-report_${base}.pdf`, bytes: await pdf.print(buildHtml(doc, tr, language)) });
          } catch (error) {
            if (error instanceof NoPdfEngineError) throw new UserError('unavailable', 'exports.noPdfEngine');
            throw error;
          }
        } else {
          files.push({ name: `telework_${base}.ics`, bytes: utf8(buildIcs(doc, tr)) });
        }
      }
      return { files, lost: [...lost], days: doc.days.length };
    },
  };
}
export type ExportService = ReturnType<typeof createExportService>;
