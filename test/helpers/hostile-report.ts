/**
 * A staff report file as a tampered or careless hand could leave it: a name, 所属, 命令・許可 and
 * notes holding a line break, formulas (half- and full-width), a quote, a comma and characters
 * outside the BMP / JIS X 0208. The app no longer accepts such names at input, and the 所属長's
 * import (window and command line) refuses a file carrying them; the CSV writers must still keep
 * each one in one text cell, whatever reaches them.
 */
import path from 'node:path';
import { reportDocumentSchema, type ReportDocument } from '../../shared/reports/report-document.js';
import { exportWriters } from '../../main/services/export-writers.js';
import { teamCsv } from '../../main/supervisor/team-csv.js';
import { teamWorkbook } from '../../main/supervisor/team-workbook.js';
import { mergeReports } from '../../main/supervisor/team.js';
import { translatorFor } from '../../shared/i18n/translator.js';
import type { CsvEncoding } from '../../shared/lists/csv-encodings.js';
import { staffReport } from './staff-reports.js';

export const HOSTILE = '髙﨑𠮷\n=1+2 ＝SUM(A1) "引用", 続き';
export const HOSTILE_NOTE = '＋1 @x\r\n-2, "q"\n=10*3';
export const STAFF_ID = '007123';

export async function hostileReport(dir: string): Promise<{ doc: ReportDocument; json: string }> {
  const clean = JSON.parse(await staffReport(dir, { staffId: STAFF_ID, name: '山田 花子' }, { '2026-11-25': [510, 1365] })) as ReportDocument;
  clean.staff = { ...clean.staff, name: HOSTILE, department: `=HYPERLINK("x")\n${HOSTILE}` };
  for (const d of clean.days) {
    d.record.permissionRef = `-1\n${HOSTILE}`;
    d.blocks = d.blocks.map((b) => ({ ...b, title: `@${HOSTILE}`, note: HOSTILE_NOTE }));
  }
  const doc = reportDocumentSchema.parse(clean);
  return { doc, json: JSON.stringify(doc) };
}

/**
 * Every CSV the app writes for that report: the staff export's two and the supervisor's consolidated
 * one — made by the writer `aggregate` and the 所属長の確認画面 use, handed the report directly,
 * since both refuse to import it (control characters in its names).
 */
export async function everyCsv(dir: string, encoding: CsvEncoding): Promise<{ doc: ReportDocument; files: Record<'daily' | 'details' | 'team', Buffer> }> {
  const { doc } = await hostileReport(path.join(dir, 'staff'));
  const written = await exportWriters(undefined).csv({ doc, base: 'x', t: translatorFor('ja'), language: 'ja', encoding, timeZone: 'Asia/Tokyo' });
  const [daily, details] = written.files.map((f) => Buffer.from(f.bytes));
  const team = teamCsv(mergeReports([{ doc, file: 'yamada.json' }], 'Asia/Tokyo'), [], encoding, 'Asia/Tokyo');
  return { doc, files: { daily: daily!, details: details!, team: Buffer.from(team.bytes) } };
}

/** One-line fields of a report and where they sit in the document. */
export type OneLineField = 'name' | 'staffId' | 'department' | 'permissionRef';

/**
 * A clean report (as the app exports it) with `text` put into one one-line field: the staff's
 * name, 職員番号 or 所属, or the 命令・許可 of its day 2026-11-25.
 */
export async function reportWith(dir: string, field: OneLineField, text: string): Promise<string> {
  const doc = JSON.parse(await staffReport(dir, { staffId: STAFF_ID, name: '山田 花子' }, { '2026-11-25': [510, 1365] })) as ReportDocument;
  if (field === 'permissionRef') doc.days[0]!.record.permissionRef = text;
  else doc.staff[field] = text;
  return JSON.stringify(doc);
}

/**
 * Both workbooks for that report: the person's (export:files' xlsx writer) and the 所属長's (the writer
 * `aggregate --out team.xlsx` uses, handed the report directly: the import refuses its control characters).
 */
export async function everyWorkbook(dir: string): Promise<{ doc: ReportDocument; files: Record<'staff' | 'team', Buffer> }> {
  const { doc } = await hostileReport(path.join(dir, 'staff'));
  const written = await exportWriters(undefined).xlsx({ doc, base: 'x', t: translatorFor('ja'), language: 'ja', encoding: 'utf8bom', timeZone: 'Asia/Tokyo' });
  const team = await teamWorkbook(mergeReports([{ doc, file: 'yamada.json' }], 'Asia/Tokyo'), [], Date.parse('2026-11-25T10:00:00Z'), '2026-11-25', 'Asia/Tokyo');
  return { doc, files: { staff: Buffer.from(written.files[0]!.bytes), team: Buffer.from(team) } };
}
