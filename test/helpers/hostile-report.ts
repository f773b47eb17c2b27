/**
 * A staff report file as a tampered or careless hand could leave it: a name, 所属, 命令・許可 and
 * notes holding a line break, formulas (half- and full-width), a quote, a comma and characters
 * outside the BMP / JIS X 0208. The app no longer accepts such names at input, but a file from
 * elsewhere can still carry them, so every CSV must keep each one in one text cell.
 */
import fs from 'node:fs';
import path from 'node:path';
import { reportDocumentSchema, type ReportDocument } from '../../shared/reports/report-document.js';
import { runCli } from '../../main/cli/run-cli.js';
import { exportWriters } from '../../main/services/export-writers.js';
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

/** Every CSV the app writes for that report: the staff export's two and the supervisor's consolidated one (CLI aggregate). */
export async function everyCsv(dir: string, encoding: CsvEncoding): Promise<{ doc: ReportDocument; files: Record<'daily' | 'details' | 'team', Buffer> }> {
  const { doc, json } = await hostileReport(path.join(dir, 'staff'));
  const written = await exportWriters(undefined).csv({ doc, base: 'x', t: translatorFor('ja'), language: 'ja', encoding, timeZone: 'Asia/Tokyo' });
  const [daily, details] = written.files.map((f) => Buffer.from(f.bytes));
  const inbox = path.join(dir, 'inbox');
  fs.mkdirSync(inbox, { recursive: true });
  fs.writeFileSync(path.join(inbox, 'yamada.json'), json);
  const out = path.join(dir, 'team.csv');
  const io = { stdout: () => {}, stderr: () => {}, now: () => Date.parse('2026-11-25T10:00:00Z'), version: 'test' };
  if ((await runCli(['aggregate', inbox, '--out', out, '--encoding', encoding], io)) !== 0) throw new Error('aggregate failed');
  return { doc, files: { daily: daily!, details: details!, team: fs.readFileSync(out) } };
}
