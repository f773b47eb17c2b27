/**
 * The supervisor's one consolidated CSV: every person's daily rows, plus who checked each day.
 * Japanese throughout, whatever the UI language (see report-columns.ts). The team workbook
 * (team-workbook.ts) has the same rows and columns.
 */
import type { CsvEncoding } from '../../shared/lists/csv-encodings.js';
import { type CsvFile, csvForExcel } from '../exports/csv-for-excel.js';
import { type Column, DAILY_COLUMNS, type DayRow, csvHeader, csvRow } from '../exports/report-columns.js';
import { type StaffRecord, keyOf } from './team.js';

export interface Check {
  staffId: string;
  date: string;
  by: string;
  at: string;
}

export interface TeamDayRow extends DayRow {
  /** The last 確認 of that person and day. */
  check: Check | undefined;
}

/** The daily columns, then who checked the day and when ("2026-11-25 18:05" in the organisation's zone). */
export const TEAM_COLUMNS: readonly Column<TeamDayRow>[] = [
  ...DAILY_COLUMNS,
  { header: '確認者', kind: 'text', value: (r) => r.check?.by ?? '', width: 14 },
  { header: '確認日時', kind: 'stamp', value: (r) => r.check?.at ?? null, width: 18 },
];

export const TEAM_HEADER: readonly string[] = csvHeader(TEAM_COLUMNS);

export function teamRows(records: readonly StaffRecord[], checks: readonly Check[]): TeamDayRow[] {
  const last = new Map<string, Check>();
  for (const c of checks) last.set(`${c.staffId}|${c.date}`, c);
  return records.flatMap((r) => r.days.map((day) => ({ staff: r.staff, day, check: last.get(`${keyOf(r.staff)}|${day.date}`) })));
}

/** Times (reports, 確認) as "2026-11-25 18:05" in `timeZone`, the organisation's: the same on every 所属長's machine. */
export function teamCsv(records: readonly StaffRecord[], checks: readonly Check[], encoding: CsvEncoding, timeZone: string): CsvFile {
  return csvForExcel(TEAM_HEADER, teamRows(records, checks).map((row) => csvRow(TEAM_COLUMNS, row, timeZone)), encoding);
}
