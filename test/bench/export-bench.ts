/**
 * Exports and the supervisor side: one person's 年度 to CSV, to the Excel workbook and to PDF through the real app (PDF
 * with the browser kept between exports, as the preview keeps it, and on a first export that
 * launches it), the supervisor view importing a month of reports for 50 and 500 staff, and the
 * command line's aggregate over the 500 files; the team workbook (supervisor:exportXlsx) for 50 and 500. Prints the figures beside their budgets; never fails on them.
 *
 * Every export and every import runs on a FRESH app (createApp on the data folder), so the export
 * includes reading and validating the month files (warm OS page cache: they were just written) and
 * the import starts from an empty supervisor view.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createChromiumPdfPrinter } from '../../main/adapters/chromium-pdf-printer.js';
import { lookUpMachineBrowser } from '../../main/browser/machine-browser-lookup.js';
import type { MainApp } from '../../main/app/create-app.js';
import { runCli } from '../../main/cli/run-cli.js';
import type { Clock } from '../../main/ports/clock.js';
import type { PdfPrinter } from '../../main/ports/pdf-printer.js';
import type { LocalDate } from '../../shared/calendar/local-date.js';
import type { ReportDocument } from '../../shared/reports/report-document.js';
import type { Bench } from './bench.js';
import { benchApp, call } from './bench-app.js';
import { checkGeneratedMonth, generateMonths, workingDays, writeMonths } from './history-generator.js';
import { collectGarbage, fmtMb, fmtSummary, summarize, table, timed } from './stats.js';

const TODAY: LocalDate = '2026-11-25';
const clock: Clock = { now: () => Date.parse(`${TODAY}T09:00:00+09:00`) };

const FY_FROM: LocalDate = '2025-04-01';
const FY_TO: LocalDate = '2026-03-31';
const MONTH_FROM: LocalDate = '2026-11-01';
const MONTH_TO: LocalDate = '2026-11-30';

const CSV_REPS = 15;
const XLSX_REPS = 9;
const CP932_REPS = 7;
const PDF_REPS = 7;
const PDF_COLD_REPS = 3;
const IMPORT_REPS_50 = 9;
const IMPORT_REPS_500 = 3;
const CLI_REPS = 3;
const WARMUP = 2;
/** The supervisor window sends the chosen files in batches of this many. */
const BATCH = 20;

// Budgets from the performance issue.
const CSV_BUDGET_MS = 200;
const XLSX_BUDGET_MS = 500;
const TEAM_XLSX_BUDGET_MS = 15_000;
const PDF_BUDGET_MS = 2000;
const IMPORT_50_BUDGET_MS = 1000;
const IMPORT_500_BUDGET_MS = 10_000;

type ExportFiles = { files: { name: string; base64: string }[]; lost: string[]; days: number };
type ImportResult = { accepted: number; rejected: { name: string; reason: string }[]; staff: number };
type TeamView = { staff: number; reports: number; status: unknown[]; exceptions: unknown[] };
type TeamCsv = { name: string; base64: string; lost: string[] };
type TeamXlsx = { name: string; base64: string };
type IncomingFile = { name: string; size: number; text: string };

const startApp = (dir: string, pdfPrinter?: PdfPrinter): MainApp => benchApp(dir, clock, pdfPrinter ? { pdfPrinter } : {});

const verdict = (ok: boolean) => (ok ? 'met' : 'OVER');
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
const tempDir = (label: string) => fs.mkdtempSync(path.join(os.tmpdir(), `techo-bench-${label}-`));

/** Writes the days of [from, to] into a fresh data folder; returns the folder and the days written. */
function dataFolder(label: string, from: LocalDate, to: LocalDate): { dir: string; days: number; files: number; bytes: number } {
  const dir = tempDir(label);
  const months = generateMonths(from, to);
  for (const body of months.values()) checkGeneratedMonth(body); // the generator must write what the app accepts
  const bytes = writeMonths(dir, months);
  const days = [...months.values()].reduce((sum, m) => sum + Object.keys(m.days).length, 0);
  return { dir, days, files: months.size, bytes };
}

/** `reps` samples after `warmup` unrecorded runs, each on a fresh app. */
async function sample<T>(reps: number, warmup: number, run: () => Promise<T>, check: (value: T) => void): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < warmup + reps; i++) {
    const { value, ms } = await timed(run);
    check(value);
    if (i >= warmup) out.push(ms);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 1 + 2: one person's 年度 to CSV and PDF

async function fiscalYearFigures(rows: string[][], cleanup: string[]): Promise<void> {
  const data = dataFolder('fy', FY_FROM, FY_TO);
  cleanup.push(data.dir);
  const expected = workingDays(FY_FROM, FY_TO).length;
  const request = (formats: string[], encoding: string) => ({ from: FY_FROM, to: FY_TO, formats, encoding });
  const checkExport = (count: number) => (r: ExportFiles) => {
    if (r.days !== expected) throw new Error(`export: ${r.days} days exported, ${expected} stored`);
    if (r.files.length !== count) throw new Error(`export: ${r.files.length} files, expected ${count}`);
  };

  let csvBytes = 0;
  let lost: string[] = [];
  const utf8 = await sample(CSV_REPS, WARMUP, () => call<ExportFiles>(startApp(data.dir), 'export:files', request(['csv'], 'utf8bom')), (r) => {
    checkExport(2)(r);
    csvBytes = r.files.reduce((s, f) => s + Buffer.from(f.base64, 'base64').length, 0);
  });
  const cp932 = await sample(CP932_REPS, 1, () => call<ExportFiles>(startApp(data.dir), 'export:files', request(['csv'], 'cp932')), (r) => {
    checkExport(2)(r);
    lost = r.lost;
  });

  // The workbook: the first one after start-up also loads exceljs (about 0.3 s, once per process).
  let xlsxBytes = 0;
  const checkXlsx = (r: ExportFiles) => {
    checkExport(1)(r);
    const bytes = Buffer.from(r.files[0]!.base64, 'base64');
    if (bytes.subarray(0, 2).toString('latin1') !== 'PK') throw new Error('export: the workbook is not a zip');
    xlsxBytes = bytes.length;
  };
  const exportXlsx = () => call<ExportFiles>(startApp(data.dir), 'export:files', request(['xlsx'], 'utf8bom'));
  const firstXlsx = await timed(exportXlsx);
  checkXlsx(firstXlsx.value);
  const xlsx = await sample(XLSX_REPS, 1, exportXlsx, checkXlsx);

  rows.push(
    [`days stored (${FY_FROM} … ${FY_TO}, working days)`, `${data.days} in ${data.files} month files / ${kib(data.bytes)}`, ''],
    [`年度 → CSV utf8bom: export:files (n=${CSV_REPS})`, fmtSummary(summarize(utf8)), `<= ${CSV_BUDGET_MS} ms: ${verdict(summarize(utf8).median <= CSV_BUDGET_MS)}`],
    [`年度 → CSV cp932: export:files (n=${CP932_REPS})`, fmtSummary(summarize(cp932)), `(informative; ${lost.length} characters lost)`],
    ['  CSV size (daily + details)', kib(csvBytes), ''],
    [`年度 → Excel workbook (.xlsx): export:files (n=${XLSX_REPS})`, fmtSummary(summarize(xlsx)), `<= ${XLSX_BUDGET_MS} ms: ${verdict(summarize(xlsx).median <= XLSX_BUDGET_MS)}`],
    ['年度 → Excel workbook: first one after start-up (loads exceljs)', `${firstXlsx.ms.toFixed(0)} ms`, '(informative)'],
    ['  workbook size (日別, 予定・中抜け, 年度)', kib(xlsxBytes), ''],
  );

  if (!lookUpMachineBrowser().ok) {
    rows.push(['年度 → PDF: export:files', 'skipped: no Chromium/Edge/Chrome on this machine', `<= ${PDF_BUDGET_MS} ms`]);
    return;
  }
  let pdfBytes = 0;
  const checkPdf = (r: ExportFiles) => {
    checkExport(1)(r);
    const bytes = Buffer.from(r.files[0]!.base64, 'base64');
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('export: the PDF is not a PDF');
    pdfBytes = bytes.length;
  };
  const exportPdf = (printer: PdfPrinter) => call<ExportFiles>(startApp(data.dir, printer), 'export:files', request(['pdf'], 'utf8bom'));
  // Cold: a new printer each time, so the export includes launching Chromium (the first PDF after
  // start-up); the first one warms the JIT and is not recorded.
  const cold: number[] = [];
  for (let i = 0; i < 1 + PDF_COLD_REPS; i++) {
    const fresh = createChromiumPdfPrinter();
    const { value, ms } = await timed(() => exportPdf(fresh));
    await fresh.close(); // not timed: the preview keeps the browser
    checkPdf(value);
    if (i > 0) cold.push(ms);
  }
  // Warm: one printer for every export, as the preview keeps it; each export still runs on a fresh app.
  const printer = createChromiumPdfPrinter();
  try {
    const warm = await sample(PDF_REPS, 1, () => exportPdf(printer), checkPdf);
    rows.push(
      [`年度 → PDF: export:files, browser kept (n=${PDF_REPS})`, fmtSummary(summarize(warm)), `<= ${PDF_BUDGET_MS} ms: ${verdict(summarize(warm).median <= PDF_BUDGET_MS)}`],
      [`年度 → PDF: first export, launches Chromium (n=${PDF_COLD_REPS})`, fmtSummary(summarize(cold)), '(informative)'],
      ['  PDF size', kib(pdfBytes), ''],
    );
  } finally {
    await printer.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 3 + 4: the supervisor view and the command line

/** One month of one person, exported to JSON by the real exporter. */
async function oneMonthReport(cleanup: string[]): Promise<{ doc: ReportDocument; days: number }> {
  const data = dataFolder('month', MONTH_FROM, MONTH_TO);
  cleanup.push(data.dir);
  const r = await call<ExportFiles>(startApp(data.dir), 'export:files', { from: MONTH_FROM, to: MONTH_TO, formats: ['json'], encoding: 'utf8bom' });
  const file = r.files.find((f) => f.name.startsWith('daily-report_') && f.name.endsWith('.json'));
  if (!file) throw new Error(`json export: no report among ${r.files.map((f) => f.name).join(', ')}`);
  const doc = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as ReportDocument;
  if (doc.days.length !== data.days) throw new Error(`json export: ${doc.days.length} days, ${data.days} stored`);
  return { doc, days: doc.days.length };
}

const FAMILY = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤'];
const GIVEN = ['太郎', '花子', '健一', '美咲', '翔太', '陽子', '大輔', '由美', '誠', '恵'];
const DEPARTMENTS = ['総務課', '企画政策課', '税務課', '市民課', '福祉課'];

/** The report of person i: the same month, another 職員番号 and name, pretty-printed like the exporter. */
function staffFiles(template: ReportDocument, count: number): IncomingFile[] {
  const text = JSON.stringify(template);
  return Array.from({ length: count }, (_, i) => {
    const doc = JSON.parse(text) as ReportDocument;
    const staffId = `A${String(i + 1).padStart(5, '0')}`;
    doc.staff.staffId = staffId;
    doc.staff.name = `${FAMILY[i % FAMILY.length]} ${GIVEN[Math.floor(i / FAMILY.length) % GIVEN.length]}${i >= 100 ? Math.floor(i / 100) : ''}`;
    doc.staff.department = DEPARTMENTS[i % DEPARTMENTS.length]!;
    const body = `${JSON.stringify(doc, null, 2)}\n`;
    return { name: `daily-report_${staffId}_${MONTH_FROM}_${MONTH_TO}.json`, size: Buffer.byteLength(body), text: body };
  });
}

interface SupervisorSamples {
  import: number[];
  view: number[];
  csv: number[];
  xlsx: number[];
  total: number[];
}

/** Sends the files the way the window does: batches of BATCH, each one IPC call. */
async function importAll(app: MainApp, files: readonly IncomingFile[]): Promise<void> {
  let accepted = 0;
  let staff = 0;
  for (let i = 0; i < files.length; i += BATCH) {
    const r = await call<ImportResult>(app, 'supervisor:import', { files: files.slice(i, i + BATCH) });
    if (r.rejected.length > 0) throw new Error(`import rejected ${r.rejected[0]!.name}: ${r.rejected[0]!.reason}`);
    accepted += r.accepted;
    staff = r.staff;
  }
  if (accepted !== files.length || staff !== files.length) throw new Error(`import: ${accepted} accepted, ${staff} staff, ${files.length} sent`);
}

/** A fresh app imports the files, then answers one view and one team CSV. */
async function supervisorRun(dir: string, files: readonly IncomingFile[], into: SupervisorSamples | undefined): Promise<void> {
  const app = startApp(dir);
  const imported = await timed(() => importAll(app, files));
  const view = await timed(() => call<TeamView>(app, 'supervisor:view', { date: TODAY }));
  if (view.value.staff !== files.length || view.value.status.length !== files.length) throw new Error(`view: ${view.value.staff} staff`);
  const csv = await timed(() => call<TeamCsv>(app, 'supervisor:exportCsv', { encoding: 'utf8bom' }));
  if (csv.value.base64.length === 0) throw new Error('team CSV is empty');
  const xlsx = await timed(() => call<TeamXlsx>(app, 'supervisor:exportXlsx', undefined));
  if (Buffer.from(xlsx.value.base64, 'base64').subarray(0, 2).toString('latin1') !== 'PK') throw new Error('the team workbook is not a zip');
  into?.xlsx.push(xlsx.ms);
  into?.import.push(imported.ms);
  into?.view.push(view.ms);
  into?.csv.push(csv.ms);
  into?.total.push(imported.ms + view.ms);
}

/**
 * Heap used (after a full GC) while a fresh app holds the imported files. The app lives only in
 * this frame, so once this returns the caller can measure the heap without it.
 */
async function heapAfterImport(dir: string, files: readonly IncomingFile[]): Promise<number> {
  const app = startApp(dir);
  await importAll(app, files);
  collectGarbage();
  const used = process.memoryUsage().heapUsed;
  if (!app.router) throw new Error('unreachable'); // keeps the app alive until after the measurement
  return used;
}

async function supervisorFigures(rows: string[][], cleanup: string[]): Promise<void> {
  const { doc, days } = await oneMonthReport(cleanup);
  const files500 = staffFiles(doc, 500);
  const files50 = files500.slice(0, 50);
  const perFile = summarize(files500.map((f) => f.size)).median;
  const checksDir = tempDir('supervisor');
  cleanup.push(checksDir);

  rows.push([`one report file (${MONTH_FROM} … ${MONTH_TO}, ${days} days, real JSON export)`, kib(perFile), '']);

  const scenarios = [
    { label: '50 staff', files: files50, reps: IMPORT_REPS_50, warmup: WARMUP, budget: IMPORT_50_BUDGET_MS },
    { label: '500 staff', files: files500, reps: IMPORT_REPS_500, warmup: 1, budget: IMPORT_500_BUDGET_MS },
  ];
  for (const s of scenarios) {
    const samples: SupervisorSamples = { import: [], view: [], csv: [], xlsx: [], total: [] };
    for (let i = 0; i < s.warmup + s.reps; i++) {
      collectGarbage(); // every repetition starts from a clean heap (not timed)
      await supervisorRun(checksDir, s.files, i < s.warmup ? undefined : samples);
    }
    const total = summarize(samples.total);
    const totalBytes = s.files.reduce((sum, f) => sum + f.size, 0);
    rows.push(
      [`${s.label}: supervisor:import, ${Math.ceil(s.files.length / BATCH)} batches of ${BATCH} (n=${s.reps}, ${(totalBytes / 1024 / 1024).toFixed(1)} MB of JSON)`, fmtSummary(summarize(samples.import)), ''],
      [`${s.label}: supervisor:view ${TODAY}`, fmtSummary(summarize(samples.view)), ''],
      [`${s.label}: import + view`, fmtSummary(total), `<= ${s.budget} ms: ${verdict(total.median <= s.budget)}`],
      [`${s.label}: supervisor:exportCsv utf8bom`, fmtSummary(summarize(samples.csv)), '(informative)'],
      [
        `${s.label}: supervisor:exportXlsx (team workbook: 日別, 予定・中抜け, 年度)`,
        fmtSummary(summarize(samples.xlsx)),
        s.files.length === 500 ? `<= ${TEAM_XLSX_BUDGET_MS} ms: ${verdict(summarize(samples.xlsx).median <= TEAM_XLSX_BUDGET_MS)}` : '(informative)',
      ],
    );
  }

  // 4: the heap while an app holds the 500 imported reports, then without it (the bench's own file texts are in both).
  const withApp = await heapAfterImport(checksDir, files500);
  const gcNote = collectGarbage() ? 'after a full GC' : 'no --expose-gc: without a full GC';
  const withoutApp = process.memoryUsage().heapUsed;
  rows.push([
    '500 staff: heap used after the import (app alive)',
    fmtMb(withApp),
    `(informative, ${gcNote}; the app's share: ${fmtMb(withApp - withoutApp)}; the rest is mostly the bench's own 500 file texts and loaded modules)`,
  ]);

  // The command line's aggregate over a folder of the same 500 files.
  const folder = tempDir('aggregate');
  cleanup.push(folder);
  const inDir = path.join(folder, 'reports');
  fs.mkdirSync(inDir);
  for (const f of files500) fs.writeFileSync(path.join(inDir, f.name), f.text);
  const out = path.join(folder, 'team.csv');
  const io = { stdout: () => {}, stderr: () => {}, now: clock.now, version: '0.0.0-bench' };
  const cli = await sample(CLI_REPS, 0, () => runCli(['aggregate', inDir, '--out', out], io), (code) => {
    if (code !== 0) throw new Error(`aggregate exited with ${code}`);
    if (fs.statSync(out).size === 0) throw new Error('aggregate wrote an empty CSV');
  });
  rows.push([`500 staff: CLI aggregate <folder> --out team.csv (n=${CLI_REPS})`, fmtSummary(summarize(cli)), '(informative)']);
}

export const exportBench: Bench = {
  name: `exports and supervisor view (median of n fresh app instances, min–max in brackets)`,
  async run() {
    const cleanup: string[] = [];
    try {
      const rows: string[][] = [];
      await fiscalYearFigures(rows, cleanup);
      await supervisorFigures(rows, cleanup);
      console.log(table(['figure', 'median (min–max) / value', 'budget'], rows));
      console.log(
        `\n年度 exports read every month file of ${FY_FROM} … ${FY_TO} on a fresh app. Supervisor figures: a fresh app imports the files` +
          ` in batches of ${BATCH} (as the window sends them), then answers one view; the budget is for import + view.`,
      );
    } finally {
      for (const dir of cleanup) fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
