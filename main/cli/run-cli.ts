/**
 * The command line for 総務課 / IT (`npx telework-techo …`), on the same code as the app:
 *   validate <files…>                                   schema check, one line per file
 *   aggregate <folder|files…> --out team.csv|team.xlsx [--format csv|xlsx] [--encoding …] [--time-zone Asia/Tokyo]
 *   export --data-dir <dir> --from <date> --to <date> [--format …] [--encoding …] --out <dir>
 *   org-summary <folder> [--org <org-file>] [--out summary.xlsx|summary.pdf|summary.json]   (org-summary-command.ts)
 * The formats and encodings it accepts are the app's own lists (shared/lists), shown in USAGE.
 * Exit codes: 0 all good, 1 some file was bad (the rest was still done), 2 wrong usage or a failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isRealDate, localDateOf } from '../../shared/calendar/local-date.js';
import { DEFAULT_ORG_TIME_ZONE, isKnownTimeZone } from '../../shared/time/org-time-zone.js';
import { type TranslateFn, translatorFor } from '../../shared/i18n/translator.js';
import { createConfStoreFactory } from '../adapters/conf-key-value-store.js';
import { writeExportFiles } from '../adapters/file-writer.js';
import { createApp } from '../app/create-app.js';
import { noNotifier, noPowerEvents } from '../ports/notifier.js';
import { createChromiumPdfPrinter } from '../adapters/chromium-pdf-printer.js';
import { describeRejection } from '../services/supervisor-service.js';
import { CSV_ENCODINGS, type CsvEncoding, DEFAULT_CSV_ENCODING } from '../../shared/lists/csv-encodings.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/lists/export-formats.js';
import { MAX_REPORT_BYTES, parseReportBytes, validateAnyBytes } from '../supervisor/report-files.js';
import { type SkipReason, collectReportFiles } from './collect-report-files.js';
import { teamCsv } from '../supervisor/team-csv.js';
import { teamWorkbook } from '../supervisor/team-workbook.js';
import { mergeReports } from '../supervisor/team.js';
import type { ImportedReport } from '../supervisor/day-versions.js';
import { ReadOnlyDataError, readOnlyStores } from '../persistence/read-only-stores.js';
import { ORG_SUMMARY_OUTS, orgSummaryCommand } from './org-summary-command.js';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (text: string) => void;
  /** Epoch ms (the export's generatedAt). */
  now: () => number;
  version: string;
}

/** What aggregate writes: the consolidated CSV, or the team workbook (also chosen by an --out ending in .xlsx). */
const AGGREGATE_FORMATS = ['csv', 'xlsx'] as const;
type AggregateFormat = (typeof AGGREGATE_FORMATS)[number];

const USAGE = `使い方 / usage:
  telework-techo validate <ファイル…>
  telework-techo aggregate <フォルダー|ファイル…> --out team.csv|team.xlsx [--format ${AGGREGATE_FORMATS.join('|')}] [--encoding ${CSV_ENCODINGS.join('|')}] [--time-zone ${DEFAULT_ORG_TIME_ZONE}]
  telework-techo export --data-dir <フォルダー> --from YYYY-MM-DD --to YYYY-MM-DD --format ${EXPORT_FORMATS.join(',')} [--encoding ${CSV_ENCODINGS.join('|')}] --out <フォルダー>
  telework-techo org-summary <フォルダー> [--org <庁内共通の設定ファイル>] [--out summary.xlsx|summary.pdf|summary.json]
  (--lang en で英語の表示)`;

/** Every .json file below the given folders, plus the given files, sorted. */
/** Bytes, not text: the encoding is decided by report-encoding.ts, as in the window. */
function readFile(file: string): { bytes: Uint8Array | undefined; size: number } {
  const size = fs.statSync(file).size;
  return { size, bytes: size > MAX_REPORT_BYTES ? undefined : fs.readFileSync(file) };
}

async function validate(files: string[], io: CliIo, t: TranslateFn): Promise<number> {
  let bad = 0;
  for (const file of files) {
    const { bytes, size } = readFile(file);
    const r = bytes === undefined ? { ok: false as const, reason: { code: 'tooLarge' as const, size } } : validateAnyBytes(bytes, t);
    if (r.ok) io.stdout(`OK  ${file} (${r.kind === 'report' ? t('cli.reportFile') : t('cli.orgFile')})`);
    else {
      bad++;
      io.stdout(`NG  ${file}: ${describeRejection(r.reason, t)}`);
    }
  }
  return bad > 0 ? 1 : 0;
}

async function aggregate(inputs: string[], out: string, format: AggregateFormat, encoding: CsvEncoding, timeZone: string, io: CliIo, t: TranslateFn): Promise<number> {
  const { files, skipped } = collectReportFiles(inputs);
  const docs: ImportedReport[] = [];
  let bad = skipped.length;
  const skip = (file: string, reason: SkipReason) =>
    io.stderr(`NG  ${file}: ${reason.kind === 'loop' ? t('cli.skippedLoop') : t('cli.skippedUnreadable', { code: reason.code })}\n`);
  for (const s of skipped) skip(s.path, s.reason);
  files.forEach((file, i) => {
    let read: ReturnType<typeof readFile>;
    try {
      read = readFile(file);
    } catch (error) {
      // Gone or unreadable between the walk and the read: skipped like any unreadable entry.
      bad++;
      skip(file, { kind: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
      return;
    }
    const { bytes, size } = read;
    const r = bytes === undefined ? { ok: false as const, reason: { code: 'tooLarge' as const, size } } : parseReportBytes(bytes, t);
    if (r.ok) docs.push({ doc: r.doc, file });
    else {
      bad++;
      io.stderr(`NG  ${file}: ${describeRejection(r.reason, t)}\n`);
    }
    if ((i + 1) % 25 === 0 || i + 1 === files.length) io.stderr(`${t('cli.progress', { done: i + 1, total: files.length })}\n`);
  });
  const records = mergeReports(docs, timeZone);
  // No one to choose at the command line: a day with differing versions is left out, with both files named.
  for (const r of records) {
    for (const c of r.conflicts) {
      bad++;
      io.stderr(`${t('cli.conflict', { name: r.staff.name, date: c.date, files: c.versions.map((v) => v.files.join(', ')).join(' / ') })}\n`);
    }
  }
  const now = io.now();
  const written =
    format === 'xlsx' ? { bytes: await teamWorkbook(records, [], now, localDateOf(now), timeZone), lost: [] } : teamCsv(records, [], encoding, timeZone);
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, written.bytes);
  io.stdout(t('cli.aggregated', { files: docs.length, staff: records.length, out }));
  if (written.lost.length) io.stderr(`${t('exports.lost', { chars: written.lost.join(' ') })}\n`);
  return bad > 0 ? 1 : 0;
}

interface ExportRequest {
  from: string;
  to: string;
  formats: ExportFormat[];
  encoding: CsvEncoding;
}

async function exportData(dataDir: string, request: ExportRequest, out: string, io: CliIo, t: TranslateFn): Promise<number> {
  let damaged: string | undefined;
  const app = createApp({
    stores: readOnlyStores(createConfStoreFactory(path.resolve(dataDir))),
    clock: { now: io.now },
    timers: { setTimeout: () => () => {} },
    notifier: noNotifier,
    power: noPowerEvents,
    pdfPrinter: createChromiumPdfPrinter({ idleMs: 0 }), // one export, then exit: no browser kept
    logger: {
      // A damaged file would be moved aside by the app; read-only, the export stops and says which.
      error: (m, e) => (e instanceof ReadOnlyDataError ? (damaged = e.path) : io.stderr(`${m} ${e instanceof Error ? e.message : ''}\n`)),
      info() {},
    },
    shell: 'preview',
    version: io.version,
    newId: () => 'cli',
  });
  const res = await app.router.dispatch('export:files', request);
  if (!res.ok) {
    // No browser for the PDF: the command line's own way out (--format html, CHROMIUM_PATH) instead of the window's button.
    const message = damaged ? t('cli.damaged', { path: damaged }) : res.error.code === 'unavailable' ? t('cli.noPdfEngine') : res.error.message;
    // The window shows each field's message beside its field; here each goes on its own line, named by its option.
    const fields = Object.entries(res.error.fields ?? {}).map(([field, text]) => `  ${field}: ${text}\n`);
    io.stderr(`${message}\n${fields.join('')}`);
    return 2;
  }
  const data = res.data as { files: { name: string; base64: string }[]; days: number };
  const written = writeExportFiles(path.resolve(out), data.files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') })));
  for (const w of written) io.stdout(w);
  return 0;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        encoding: { type: 'string', default: DEFAULT_CSV_ENCODING },
        'data-dir': { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string' },
        lang: { type: 'string', default: 'ja' },
        'time-zone': { type: 'string', default: DEFAULT_ORG_TIME_ZONE },
        org: { type: 'string' },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const t = translatorFor(values.lang === 'en' ? 'en' : 'ja');
  const [command, ...rest] = positionals;
  const usage = (why: string) => {
    io.stderr(`${why}\n${USAGE}\n`);
    return 2;
  };
  const encoding = CSV_ENCODINGS.find((e) => e === values.encoding);
  const badEncoding = () => usage(t('cli.badEncoding', { known: CSV_ENCODINGS.join(', '), value: values.encoding }));
  try {
    if (command === 'validate') {
      if (rest.length === 0) return usage(t('cli.noFiles'));
      const missing = rest.filter((f) => !fs.existsSync(f));
      if (missing.length) return usage(t('cli.missing', { files: missing.join(', ') }));
      return await validate(rest, io, t);
    }
    if (command === 'aggregate') {
      if (rest.length === 0) return usage(t('cli.noFiles'));
      if (!values.out) return usage(t('cli.needOut'));
      if (!encoding) return badEncoding();
      const named = values.format ?? (values.out.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
      const format = AGGREGATE_FORMATS.find((f) => f === named.trim());
      if (!format) return usage(t('cli.badAggregateFormat', { formats: named, known: AGGREGATE_FORMATS.join(', ') }));
      if (!isKnownTimeZone(values['time-zone'])) return usage(`--time-zone: ${t('v.timeZone')}`);
      const missing = rest.filter((f) => !fs.existsSync(f));
      if (missing.length) return usage(t('cli.missing', { files: missing.join(', ') }));
      return await aggregate(rest, values.out, format, encoding, values['time-zone'], io, t);
    }
    if (command === 'export') {
      const dataDir = values['data-dir'];
      if (!dataDir || !fs.existsSync(dataDir)) return usage(t('cli.needDataDir'));
      if (!values.from || !values.to || !isRealDate(values.from) || !isRealDate(values.to)) return usage(t('cli.needDates'));
      if (!values.out) return usage(t('cli.needOut'));
      if (!encoding) return badEncoding();
      // Without --format: the CSV and the JSON, as before the workbook existed.
      const named = (values.format ?? 'csv,json').split(',').map((f) => f.trim());
      const formats = EXPORT_FORMATS.filter((f) => named.includes(f));
      const unknown = named.filter((f) => !formats.some((known) => known === f));
      if (unknown.length) return usage(t('cli.badFormat', { formats: unknown.join(', '), known: EXPORT_FORMATS.join(', ') }));
      return await exportData(dataDir, { from: values.from, to: values.to, formats, encoding }, values.out, io, t);
    }
    if (command === 'org-summary') {
      const [folder, ...extra] = rest;
      if (folder === undefined || extra.length > 0 || !fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) return usage(t('orgSummary.cli.needFolder'));
      if (values.out !== undefined && !ORG_SUMMARY_OUTS.some((e) => values.out!.toLowerCase().endsWith(e))) return usage(t('orgSummary.cli.badOut', { out: values.out }));
      if (!isKnownTimeZone(values['time-zone'])) return usage(`--time-zone: ${t('v.timeZone')}`);
      const language = values.lang === 'en' ? 'en' : 'ja';
      return await orgSummaryCommand(folder, { org: values.org, out: values.out, timeZone: values['time-zone'], language }, io, t);
    }
    return usage(command ? t('cli.unknownCommand', { command }) : t('cli.noCommand'));
  } catch (error) {
    if (error instanceof ReadOnlyDataError) io.stderr(`${t('cli.damaged', { path: error.path })}\n`);
    else io.stderr(`${t('errors.internal')} (${(error as Error).message})\n`);
    return 2;
  }
}
