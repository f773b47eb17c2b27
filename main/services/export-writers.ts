/**
 * One writer per export format. The table is typed by the format list, so a format without a
 * writer does not compile; adding a format is one entry here plus its builder in main/exports/
 * (see docs/architecture.md, "A new export format").
 */
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { ReportDocument } from '../../shared/reports/report-document.js';
import type { Language } from '../../shared/settings/settings-schema.js';
import type { CsvEncoding } from '../../shared/lists/csv-encodings.js';
import { csvForExcel } from '../exports/csv-for-excel.js';
import { DAILY_HEADER, DETAIL_HEADER, dailyRows, detailRows } from '../exports/daily-csv.js';
import { buildIcs } from '../exports/ics.js';
import { SCHEMA_FILES } from '../exports/json-schema.js';
import { buildHtml, buildMarkdown } from '../exports/readable-report.js';
import type { ExportFile } from '../ports/export-folder.js';
import { NoPdfEngineError, type PdfPrinter } from '../ports/pdf-printer.js';
import type { ExportFormat } from '../../shared/lists/export-formats.js';
import { staffWorkbook } from '../supervisor/team-workbook.js';
import { UserError } from './user-error.js';

export interface ExportJob {
  doc: ReportDocument;
  /** "<person>_<from>_<to>" (export-file-base.ts): every file's name carries the person and the range. */
  base: string;
  t: TranslateFn;
  language: Language;
  encoding: CsvEncoding;
  /** The organisation's time zone (setting orgTimeZone): the wall clock of every instant written. */
  timeZone: string;
}

export interface Written {
  files: ExportFile[];
  /** Characters a CP932 CSV could not hold. */
  lost?: string[];
}

export type ExportWriter = (job: ExportJob) => Written | Promise<Written>;

const utf8 = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => utf8(`${JSON.stringify(value, null, 2)}\n`);

export function exportWriters(pdf: PdfPrinter | undefined): Record<ExportFormat, ExportWriter> {
  return {
    csv({ doc, base, encoding, timeZone }) {
      const daily = csvForExcel(DAILY_HEADER, dailyRows(doc, timeZone), encoding);
      const details = csvForExcel(DETAIL_HEADER, detailRows(doc, timeZone), encoding);
      return {
        files: [
          { name: `daily-report_${base}.csv`, bytes: daily.bytes },
          { name: `daily-report-details_${base}.csv`, bytes: details.bytes },
        ],
        lost: [...daily.lost, ...details.lost],
      };
    },
    xlsx: async ({ doc, base, timeZone }) => ({ files: [{ name: `daily-report_${base}.xlsx`, bytes: await staffWorkbook(doc, timeZone) }] }),
    json: ({ doc, base }) => ({
      files: [
        { name: `daily-report_${base}.json`, bytes: json(doc) },
        { name: 'daily-report.schema.json', bytes: json(SCHEMA_FILES['daily-report.schema.json']()) },
      ],
    }),
    md: ({ doc, base, t, language, timeZone }) => ({ files: [{ name: `daily-report_${base}.md`, bytes: utf8(buildMarkdown(doc, t, language, timeZone)) }] }),
    html: ({ doc, base, t, language, timeZone }) => ({ files: [{ name: `daily-report_${base}.html`, bytes: utf8(buildHtml(doc, t, language, timeZone)) }] }),
    async pdf({ doc, base, t, language, timeZone }) {
      if (!pdf) throw new UserError('unavailable', 'exports.noPdfEngine');
      try {
        return { files: [{ name: `daily-report_${base}.pdf`, bytes: await pdf.print(buildHtml(doc, t, language, timeZone)) }] };
      } catch (error) {
        if (error instanceof NoPdfEngineError) throw new UserError('unavailable', 'exports.noPdfEngine');
        throw error;
      }
    },
    ics: ({ doc, base, t, timeZone }) => ({ files: [{ name: `telework_${base}.ics`, bytes: utf8(buildIcs(doc, t, timeZone)) }] }),
  };
}
