/**
 * An Excel workbook (.xlsx) from the report columns (report-columns.ts), written with exceljs's
 * streaming writer (rows are turned into XML as they are added, so a team's month stays small in
 * memory). Typed cells: text as text cells — a name starting with `=` is a text cell, never a
 * formula, and 職員番号 007123 keeps its zeros; dates as dates shown in 和暦; clock times and
 * durations as fractions of a day shown `[h]:mm`, so they sum; minutes and counts as numbers.
 * Every sheet has its header frozen, a filter on it and column widths.
 *
 * Why exceljs (docs/exports-and-supervisor.md, "Workbook rules"): it writes text cells through a string
 * table keyed without a prototype; write-excel-file, much smaller, wrote the cell 「constructor」 as
 * `function Object() { [native code] }` and 「__proto__」 as `[object Object]` (its string table is a
 * plain object). exceljs is loaded on the first workbook only, not at start-up (it takes a few hundred ms to load).
 */
import { PassThrough } from 'node:stream';
import type { LocalDate } from '../../shared/calendar/local-date.js';
import { orgWallClock } from '../../shared/time/org-time-zone.js';
import type { Column, ColumnKind, ColumnValue } from './report-columns.js';

/** The 1900 date system's serial number of a calendar date (1970-01-01 is 25569). */
export function dateSerial(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

/**
 * Number formats. `[$-411]` is the Japanese locale, whose `ggg` is the era and `e` its year:
 * Excel and LibreOffice both show 令和8年(2026年)11月25日(水). (Excel's `[$-ja-JP-x-gannen]`, which
 * would write year 1 as 元年, is shown by LibreOffice as a bare number; no date this app records
 * falls in a year 1.)
 */
export const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  date: 'yyyy/m/d',
  wareki: '[$-411]ggge"年("yyyy"年)"m"月"d"日("aaa")"',
  fiscalYear: '[$-411]ggge"年度"',
  clock: '[h]:mm',
  duration: '[h]:mm',
  instant: 'h:mm',
  stamp: 'yyyy/m/d h:mm',
};

/** Characters XML 1.0 cannot hold that exceljs leaves in (it drops C0 controls itself): a lone surrogate, U+FFFE, U+FFFF. */
const NOT_XML = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;

const instantSerial = (iso: string, timeZone: string) => {
  const { date, time } = orgWallClock(iso, timeZone);
  return dateSerial(date) + (Number(time.slice(0, 2)) * 60 + Number(time.slice(3))) / 1440;
};

/**
 * The workbook cell for a value of that kind: a string, a number (dates and times are numbers with a
 * format) or nothing. Instants are the organisation's wall clock (`timeZone`, setting orgTimeZone).
 */
export function workbookCell(kind: ColumnKind, value: ColumnValue, timeZone: string): string | number | null {
  if (value === null || value === '') return null;
  switch (kind) {
    case 'text':
    case 'id':
      return String(value).replace(NOT_XML, '\uFFFD');
    case 'date':
    case 'wareki':
      return dateSerial(String(value));
    case 'fiscalYear':
      return dateSerial(`${value}-04-01`);
    case 'clock':
    case 'duration':
      return Number(value) / 1440;
    case 'instant':
    case 'stamp':
      return instantSerial(String(value), timeZone);
    default:
      return Number(value);
  }
}

export interface Sheet {
  name: string;
  columns: readonly Pick<Column<never>, 'header' | 'kind' | 'width'>[];
  rows: Iterable<(string | number | null)[]>;
  /** Cells to stress (a month over the limit): `${row index in rows}:${column index}`. */
  stressed?: ReadonlySet<string>;
  /** Printed as wide as one page (a sheet narrow enough to stay readable so). */
  onePageWide?: true;
}

/** A sheet of `rows` in `columns` (the workbook-only columns included). */
export function sheetOf<R>(name: string, columns: readonly Column<R>[], rows: readonly R[], timeZone: string): Sheet {
  return {
    name,
    columns,
    rows: (function* () {
      for (const row of rows) yield columns.map((c) => workbookCell(c.kind, c.value(row), timeZone));
    })(),
  };
}

/** Display width: a full-width character takes two columns. */
const textWidth = (s: string) => [...s].reduce((n, ch) => n + (ch.codePointAt(0)! <= 0xff || /[\uFF61-\uFF9F]/.test(ch) ? 1 : 2), 0);
const KIND_WIDTH: Record<ColumnKind, number> = {
  text: 10, id: 10, date: 11, wareki: 28, fiscalYear: 11, clock: 8, minutes: 7, count: 6, duration: 8, instant: 8, stamp: 16,
};
const widthOf = (c: Sheet['columns'][number]) => c.width ?? Math.max(KIND_WIDTH[c.kind], textWidth(c.header) + 2);

const HEADER_STYLE = { font: { bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } }, alignment: { vertical: 'middle' } } as const;
const STRESSED_FONT = { bold: true, color: { argb: 'FFC00000' } } as const;

export interface WorkbookInfo {
  /** When the data was exported (document properties), so the same data gives the same workbook. */
  created: Date;
}

/** Writes the sheets into one .xlsx. */
export async function buildWorkbook(sheets: readonly Sheet[], info: WorkbookInfo): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  book.creator = 'テレワーク手帳';
  book.created = info.created;
  book.modified = info.created;
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
      // Printed on A4 landscape; a narrow sheet (the 年度's) as wide as one page.
      pageSetup: { paperSize: 9, orientation: 'landscape', ...(sheet.onePageWide ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}) },
    });
    ws.columns = sheet.columns.map((c) => ({ width: widthOf(c) }));
    // One style object per column, shared by its cells: exceljs recognises a style object it has seen
    // (a WeakMap) instead of rendering and comparing a new copy of the style for every cell.
    const styles = sheet.columns.map((c) => {
      const numFmt = NUMBER_FORMATS[c.kind];
      return numFmt ? { numFmt } : undefined;
    });
    const stressedStyles = styles.map((s) => ({ ...s, font: STRESSED_FONT }));
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    header.eachCell((cell) => {
      cell.style = HEADER_STYLE;
    });
    header.commit();
    let index = 0;
    for (const values of sheet.rows) {
      const row = ws.addRow(values);
      styles.forEach((style, col) => {
        if (sheet.stressed?.has(`${index}:${col}`)) row.getCell(col + 1).style = stressedStyles[col]!;
        else if (style) row.getCell(col + 1).style = style;
      });
      row.commit();
      index++;
    }
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    ws.commit();
  }
  await book.commit();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
