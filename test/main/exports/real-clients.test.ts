/**
 * Every CSV and workbook the app writes, opened by a spreadsheet nobody here wrote: LibreOffice Calc headless
 * (the stand-in for Japanese Excel) converts each to .xlsx with the encoding declared, as
 * ENGINEERING.md says, and the sheet XML is read back cell by cell. Proves that a hostile report
 * (line breaks, = + - @ and ＝, quotes, commas, 髙﨑𠮷) yields no formula cell and no split row,
 * that each field stays text in its one cell, and that 職員番号 007123 stays a text cell. The
 * workbooks (.xlsx) are saved by Calc as one CSV per sheet with each cell's text as Calc shows it:
 * the same strings in one cell each, dates shown in 和暦, times and durations that a SUM adds up.
 * Skipped, saying why, where soffice is not installed (`npm test` installs it as root on Debian).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { ReportDocument } from '../../../shared/reports/report-document.js';
import { translatorFor } from '../../../shared/i18n/translator.js';
import { orgWallClock } from '../../../shared/time/org-time-zone.js';
import { exportWriters } from '../../../main/services/export-writers.js';
import { HOSTILE, HOSTILE_NOTE, STAFF_ID, everyCsv, everyWorkbook } from '../../helpers/hostile-report.js';
import { staffReport } from '../../helpers/staff-reports.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { xlsxRows, xlsxSheets } from '../../helpers/xlsx-cells.js';
import { parseCalcCsv, soffice } from '../../helpers/calc-csv.js';

const tempDir = useTempDir();
const SKIP_REASON = 'soffice (LibreOffice) が見つからないため省略 / skipped: soffice not found (apt-get install libreoffice-calc)';
if (!soffice) console.warn(SKIP_REASON);

/**
 * Converts each CSV to .xlsx in one soffice run. The charset token is LibreOffice's rtl_TextEncoding
 * number: 76 = UTF-8, 60 = MS_932 (CP932). "932" is not one: Calc then reads the bytes as Latin-1
 * (checked: 名前 came back as ¼O), so a CP932 test with 932 would pass on garbage or fail for nothing.
 */
function convert(dir: string, csvFiles: string[], charset: 76 | 60): void {
  const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
  const run = spawnSync(
    soffice!,
    ['--headless', '--norestore', `-env:UserInstallation=${profile}`, `--infilter=CSV:44,34,${charset},1`, '--convert-to', 'xlsx', '--outdir', dir, ...csvFiles],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
}

const COLUMN = { staffId: 0, name: 1, department: 2, permission: 20, title: 7, note: 10 } as const;

describe('real clients: LibreOffice Calc reads every CSV cell by cell', () => {
  for (const encoding of ['utf8bom', 'cp932'] as const) {
    it(`a hostile report stays text in one cell, with no formula cell, in the daily, details and team CSVs (${encoding})`, async (ctx) => {
      if (!soffice) return ctx.skip(SKIP_REASON);
      const dir = tempDir();
      const { doc, files } = await everyCsv(dir, encoding);
      const csvFiles = Object.entries(files).map(([which, bytes]) => {
        const file = path.join(dir, `${which}.csv`);
        fs.writeFileSync(file, bytes);
        return file;
      });
      convert(dir, csvFiles, encoding === 'utf8bom' ? 76 : 60);
      // CP932 cannot hold 𠮷 (the export warns and writes "?"); Calc keeps a line break inside a cell as LF.
      const expected = (s: string) => (encoding === 'utf8bom' ? s : s.replace('𠮷', '?')).replace(/\r\n?/g, '\n');
      const detailRowCount = doc.days.reduce((n, d) => n + d.blocks.length + d.record.interruptions.length, 0);
      for (const [which, rowCount] of [['daily', 1], ['details', detailRowCount], ['team', 1]] as const) {
        const { rows, sheetXml } = xlsxRows(fs.readFileSync(path.join(dir, `${which}.xlsx`)));
        expect(sheetXml, `${which}: no formula cell`).not.toMatch(/<f[\s>]/);
        expect(rows, `${which}: header + one row per record, none split`).toHaveLength(1 + rowCount);
        expect(Math.max(...rows.map((r) => r.length)), `${which}: no cell beyond the header's last column`).toBe(rows[0]!.length);
        for (const row of rows.slice(1)) {
          const cell = (i: number) => row[i]!;
          expect(cell(COLUMN.staffId), `${which}: 職員番号`).toMatchObject({ type: 's', text: `'${STAFF_ID}`, formula: false });
          expect(cell(COLUMN.name), `${which}: 氏名`).toMatchObject({ type: 's', text: expected(HOSTILE) });
          if (which === 'details') {
            expect(cell(COLUMN.title).text).toBe(expected(`'@${HOSTILE}`));
            expect(cell(COLUMN.note).text).toBe(expected(`'${HOSTILE_NOTE}`));
          } else {
            expect(cell(COLUMN.department).text).toBe(expected(`'=HYPERLINK("x")\n${HOSTILE}`));
            expect(cell(COLUMN.permission).text).toBe(expected(`'-1\n${HOSTILE}`));
          }
        }
      }
    }, 60_000);
  }
});

/** Saves every sheet of each workbook as Calc shows it (filter option 9 "as shown", 12 = -1: all sheets), one CSV per sheet: `<file>-<sheet>.csv`. */
function sheetsAsShown(dir: string, xlsxFiles: string[]): void {
  const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
  const run = spawnSync(
    soffice!,
    ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', dir, ...xlsxFiles],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
}


const shown = (dir: string, file: string, sheet: string) => parseCalcCsv(fs.readFileSync(path.join(dir, `${file}-${sheet}.csv`), 'utf8'));
/** 7:14, 46:30 — how `[h]:mm` shows minutes. */
const hm = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

describe('real clients: LibreOffice Calc opens the Excel workbooks', () => {
  it('a hostile report stays text in one cell, with no formula cell, in every sheet of the person\'s and the team workbook', async (ctx) => {
    const dir = tempDir();
    const { doc, files } = await everyWorkbook(dir);
    // The file as written: text cells (shared strings), no formula anywhere, the header frozen, widths set.
    for (const [which, bytes] of Object.entries(files)) {
      const sheets = xlsxSheets(bytes);
      expect([...sheets.keys()], which).toEqual(['日別', '予定・中抜け', '令和8年度 時間外勤務']);
      for (const [name, { rows, sheetXml }] of sheets) {
        expect(sheetXml, `${which}/${name}: no formula cell`).not.toMatch(/<f[\s>]/);
        expect(sheetXml, `${which}/${name}: header frozen`).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
        expect(sheetXml, `${which}/${name}: column widths`).toMatch(/<col [^>]*width="\d/);
        expect(rows[1]![0], `${which}/${name}: 職員番号 a text cell`).toMatchObject({ type: 's', text: STAFF_ID });
        expect(rows[1]![1], `${which}/${name}: 氏名 a text cell`).toMatchObject({ type: 's', text: HOSTILE });
      }
    }
    if (!soffice) return ctx.skip(SKIP_REASON);
    const paths = Object.entries(files).map(([which, bytes]) => {
      const file = path.join(dir, `${which}.xlsx`);
      fs.writeFileSync(file, bytes);
      return file;
    });
    sheetsAsShown(dir, paths);
    const lf = (s: string) => s.replace(/\r\n?/g, '\n');
    const detailRowCount = doc.days.reduce((n, d) => n + d.blocks.length + d.record.interruptions.length, 0);
    for (const which of ['staff', 'team']) {
      const days = shown(dir, which, '日別');
      expect(days, `${which}: header + one row per day, none split`).toHaveLength(2);
      const col = (header: string) => days[0]!.indexOf(header);
      const day = days[1]!;
      expect(day).toHaveLength(days[0]!.length);
      expect(day[col('職員番号')]).toBe(STAFF_ID);
      expect(day[col('氏名')]).toBe(HOSTILE);
      // Shown as written: no leading ' (a text cell needs none) and no formula result.
      expect(day[col('所属')]).toBe(`=HYPERLINK("x")\n${HOSTILE}`);
      expect(day[col('命令・許可')]).toBe(`-1\n${HOSTILE}`);
      expect(day[col('和暦日付')]).toBe('令和8年(2026年)11月25日(水)');
      const details = shown(dir, which, '予定・中抜け');
      expect(details, `${which}: details, none split`).toHaveLength(1 + detailRowCount);
      for (const row of details.slice(1)) {
        expect(row).toHaveLength(details[0]!.length);
        expect(row[details[0]!.indexOf('件名')]).toBe(`@${HOSTILE}`);
        expect(row[details[0]!.indexOf('メモ')]).toBe(lf(HOSTILE_NOTE));
      }
      const year = shown(dir, which, '令和8年度 時間外勤務');
      expect(year[1]!.slice(0, 3)).toEqual([STAFF_ID, HOSTILE, `=HYPERLINK("x")\n${HOSTILE}`]);
    }
  }, 90_000);

  it('typed cells: dates shown in 和暦, times as 8:30, durations as [h]:mm that add up in a SUM, minutes as numbers', async (ctx) => {
    const dir = tempDir();
    // Three days of 8:30 to 22:45 (5:30 outside hours each) and one of 8:30 to 17:15.
    const days: Record<string, [number, number]> = { '2026-11-24': [510, 1365], '2026-11-25': [510, 1365], '2026-11-26': [510, 1365], '2026-11-27': [510, 1035] };
    const doc = JSON.parse(await staffReport(path.join(dir, 'staff'), { staffId: STAFF_ID, name: '山田 花子' }, days)) as ReportDocument;
    const written = await exportWriters(undefined).xlsx({ doc, base: 'x', t: translatorFor('ja'), language: 'ja', encoding: 'utf8bom', timeZone: 'Asia/Tokyo' });
    const bytes = Buffer.from(written.files[0]!.bytes);
    // As written: numbers with formats, not text that looks like a date or a time.
    const { rows } = xlsxSheets(bytes).get('日別')!;
    const header = rows[0]!.map((c) => c?.text);
    const raw = (header: string) => rows[1]![rows[0]!.findIndex((c) => c?.text === header)]!;
    expect(raw('日付')).toMatchObject({ type: 'n', text: '46350' }); // 2026-11-24 in the 1900 date system
    expect(raw('申告始業')).toMatchObject({ type: 'n' });
    expect(Number(raw('申告始業').text) * 1440).toBeCloseTo(510, 6);
    expect(raw('実勤務分')).toMatchObject({ type: 'n', text: String(doc.days[0]!.metrics.workedMinutes) });
    expect(header).toContain('実勤務時間');

    if (!soffice) return ctx.skip(SKIP_REASON);
    // A copy with a total row, as a 所属長 would add one: SUM over our duration and minute columns.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as Parameters<typeof book.xlsx.load>[0]); // exceljs types an older Buffer
    const sheet = book.getWorksheet('日別')!;
    const columnOf = (name: string) => header.indexOf(name) + 1;
    const last = 1 + doc.days.length;
    const total = sheet.getRow(last + 1);
    for (const name of ['実勤務時間', '時間外勤務時間', '実勤務分', '時間外勤務分']) {
      const letter = sheet.getColumn(columnOf(name)).letter;
      total.getCell(columnOf(name)).value = { formula: `SUM(${letter}2:${letter}${last})` };
      total.getCell(columnOf(name)).numFmt = name.endsWith('時間') ? '[h]:mm' : '0';
    }
    total.commit();
    const file = path.join(dir, 'typed.xlsx');
    fs.writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    sheetsAsShown(dir, [file]);

    const table = shown(dir, 'typed', '日別');
    const at = (row: string[], name: string) => row[table[0]!.indexOf(name)];
    expect(table).toHaveLength(1 + doc.days.length + 1);
    const first = table[1]!;
    expect(at(first, '職員番号')).toBe('007123');
    expect(at(first, '日付')).toBe('2026/11/24');
    expect(at(first, '和暦日付')).toBe('令和8年(2026年)11月24日(火)');
    expect(at(first, '年度')).toBe('令和8年度');
    expect([at(first, '所定始業'), at(first, '所定終業'), at(first, '申告始業'), at(first, '申告終業')]).toEqual(['8:30', '17:15', '8:30', '22:45']);
    const sentAt = doc.days[0]!.reports.find((r) => r.kind === 'start')!.sentAt;
    expect(at(first, '始業報告時刻')).toBe(orgWallClock(sentAt, 'Asia/Tokyo').time.replace(/^0/, '')); // the organisation's wall clock, as in the CSV
    const worked = doc.days.map((d) => d.metrics.workedMinutes);
    const outside = doc.days.map((d) => d.metrics.outsideMinutes);
    expect(table.slice(1, -1).map((r) => at(r, '実勤務時間'))).toEqual(worked.map(hm));
    expect(table.slice(1, -1).map((r) => at(r, '時間外勤務分'))).toEqual(outside.map(String));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(outside)).toBe(3 * 330); // past 24 hours would not show in h:mm, hence [h]:mm
    const totals = table.at(-1)!;
    expect(at(totals, '実勤務時間')).toBe(hm(sum(worked)));
    expect(at(totals, '時間外勤務時間')).toBe(hm(sum(outside)));
    expect(at(totals, '実勤務分')).toBe(String(sum(worked)));
    expect(at(totals, '時間外勤務分')).toBe(String(sum(outside)));

    const year = shown(dir, 'typed', '令和8年度 時間外勤務');
    expect(year[0]!.slice(3, 15)).toEqual(['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月']);
    expect(year[1]![year[0]!.indexOf('11月')]).toBe(hm(sum(outside)));
    expect(year[1]![year[0]!.indexOf('年度計')]).toBe(hm(sum(outside)));
  }, 90_000);
});
